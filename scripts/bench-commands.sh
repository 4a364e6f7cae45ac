#!/bin/sh
# Whole-process times of walkthrough's batch commands next to their floor,
# `walkthrough list` (start-up, locales, scenarios, one line each), and the
# peak memory of `check`: the figures in the README's "Performance" section.
# Needs hyperfine (`apt-get install hyperfine`), GNU time (`/usr/bin/time`)
# and python3 (for the medians).
#
#   cargo build --release && scripts/bench-commands.sh [BINARY]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/target/release/walkthrough}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/scripts/many-procedures.sh" 2000 "$work/many"

# Medians, and ratios to the first command (the floor), from hyperfine's JSON.
medians() {
  python3 - "$@" <<'PY'
import json, sys
rows = [r for f in sys.argv[1:] for r in json.load(open(f))["results"]]
floor = rows[0]["median"]
print(f"{'median':>9} {'user':>8} {'x list':>7}  command")
for r in rows:
    print(f"{r['median'] * 1e3:7.1f}ms {r['user'] * 1e3:6.1f}ms {r['median'] / floor:6.2f}x  {r['command']}")
PY
}

hyperfine -N --warmup 3 --runs 30 --export-json "$work/batch.json" \
  "$bin list" \
  "$bin check --lang all" \
  "$bin check --lang en-US" \
  "$bin play app-password-delete --seed 1" \
  "$bin import $root/crates/import/tests/fixtures/app-passwords.ja-JP.txt --out $work/drafts --force"
hyperfine -N --warmup 1 --runs 5 --export-json "$work/many.json" "$bin check $work/many --lang all"
medians "$work/batch.json" "$work/many.json"

# Peak resident memory of `check`, ten runs: it should not vary.
for _ in 1 2 3 4 5 6 7 8 9 10; do
  /usr/bin/time -f '%M' "$bin" check --lang all 2>&1 >/dev/null | tail -n 1
done | sort -n | awk '{ a[NR] = $1 } END { printf "check --lang all peak RSS: %d-%d KiB over %d runs\n", a[1], a[NR], NR }'
/usr/bin/time -f '%M' "$bin" check "$work/many" --lang all 2>&1 >/dev/null | tail -n 1 |
  awk '{ printf "check of 2,000 procedures peak RSS: %d KiB\n", $1 }'
