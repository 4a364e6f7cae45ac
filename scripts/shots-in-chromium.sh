#!/usr/bin/env bash
# Renders `walkthrough shots` SVGs in a real browser (headless Chromium) as PNGs,
# so a person can see that Japanese lines up at double width and the target is
# boxed. Debian packages: chromium, fonts-noto-cjk (installed when missing).
#
#   scripts/shots-in-chromium.sh [SCENARIO] [OUT]     default: app-password-delete, ./shots
set -euo pipefail
scenario="${1:-app-password-delete}"
out="${2:-shots}"
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null || ! fc-list | grep -qi "Noto Sans CJK"; then
  apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
cargo run --quiet --release -- shots "$scenario" --lang all --out "$out" >/dev/null
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for svg in "$out"/*/*.svg; do
  abs="$(realpath "$svg")"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size=920,560 \
    --screenshot="${abs%.svg}.png" "file://$abs" >/dev/null 2>&1
done
ls "$out"/*/*.png
