#!/usr/bin/env bash
# The widget's payload: gzip -9 size of the wasm, JS and CSS in dist/.
# Prints each file and the total; fails above the limit (KB = 1000 bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
limit_kb=${PAYLOAD_LIMIT_KB:-150}
total=0
shopt -s nullglob
files=(dist/*.wasm dist/*.js dist/*.css)
if [ ${#files[@]} -eq 0 ]; then
  echo "payload: dist/ has no wasm, JS or CSS; run 'make build' first" >&2
  exit 1
fi
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf 'payload: %-32s %8d bytes raw %8d bytes gzip\n' "$f" "$raw" "$gz"
done
printf 'payload: total %.1f KB gzip (limit %d KB, goal 100 KB)\n' "$(awk -v t="$total" 'BEGIN { print t / 1000 }')" "$limit_kb"
if [ "$total" -gt $((limit_kb * 1000)) ]; then
  echo "payload: over the limit of $limit_kb KB" >&2
  exit 1
fi
