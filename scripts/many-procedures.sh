#!/bin/sh
# Writes N procedures (copies of the shipped create and delete scripts under
# new ids, with their en-US and ja-JP step texts beside them) into DIR, for
# measuring `walkthrough check DIR` at scale:
#
#   scripts/many-procedures.sh 2000 /tmp/many
#   hyperfine -N 'target/release/walkthrough check /tmp/many --lang all'
set -eu
n=${1:?usage: many-procedures.sh N DIR}
dir=${2:?usage: many-procedures.sh N DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir/en-US" "$dir/ja-JP"
i=0
while [ "$i" -lt "$n" ]; do
  for kind in create delete; do
    [ "$i" -lt "$n" ] || break
    id="procedure-$i-$kind"
    sed "s/app-password-$kind/$id/g" "$root/scenarios/app-password-$kind.toml" >"$dir/$id.toml"
    for lang in en-US ja-JP; do
      sed "s/app-password-$kind/$id/g" "$root/locales/$lang/app-password-$kind.ftl" >"$dir/$lang/$id.ftl"
    done
    i=$((i + 1))
  done
done
