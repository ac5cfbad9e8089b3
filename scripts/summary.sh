#!/usr/bin/env bash
# Counts the tests each tier ran, from the logs `make test` wrote.
set -euo pipefail
logs=${1:-target/test-logs}
cargo_count() { grep -hoE 'test result: ok\. [0-9]+ passed' "$1" | awk '{ s += $4 } END { print s + 0 }'; }
native=$(cargo_count "$logs/native.log")
wasm=$(cargo_count "$logs/wasm.log")
e2e=$(grep -oE '^ *[0-9]+ passed' "$logs/e2e.log" | tail -1 | awk '{ print $1 + 0 }')
e2e=${e2e:-0}
echo
cat "$logs/lint.log"
echo "tiers: native $native passed · wasm (headless Chromium) $wasm passed · end-to-end (Playwright) $e2e passed"
grep 'bundle' "$logs/payload.log"
for tier in native wasm e2e; do
  if [ "${!tier}" -eq 0 ]; then echo "the $tier tier ran no test" >&2; exit 1; fi
done
echo "total: $((native + wasm + e2e)) passed, 0 failed"
