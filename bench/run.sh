#!/usr/bin/env bash
# Prints the figures of the release build: wasm size (raw and gzip -9), JS glue size, CSS
# size, and the median of 5 cold first renders (navigation start → wizard visible) in
# headless Chromium on 127.0.0.1, the banks with 2,000 generated teachers (bench/banks.mjs),
# the suggestion of pairs on them (bench/suggest.mjs), typing on stage 5 with them
# (bench/typing.mjs), the teacher-list import preview of 5,000 rows (bench/import.mjs), and
# the documents. Not a pass/fail test.
# Targets: wasm ≤ 350 KB gzip, first render ≤ 0.5 s, banks ≤ 50 ms per search/filter/sort/card,
# archive export/import ≤ 200 ms, the suggestion ≤ 1 s, ≤ 50 ms of long tasks per keystroke,
# the import preview ≤ 1 s.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

if [ "${1:-}" != "--no-build" ]; then
  trunk build --release >&2
fi

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
wasm=$(ls dist/*_bg.wasm)
js=$(ls dist/nastavnik-*.js)
css=$(ls dist/*.css)
echo "== Наставник: release build figures =="
printf '%-22s %12s %12s\n' "file" "raw" "gzip -9"
for f in "$wasm" "$js" "$css" dist/index.html; do
  printf '%-22s %12s %12s\n' "$(basename "$f" | sed -E 's/-[0-9a-f]{8,}//')" "$(kb "$(stat -c %s "$f")")" "$(kb "$(gzip -9c "$f" | wc -c)")"
done
total=$(cat "$wasm" "$js" "$css" dist/index.html | wc -c)
total_gz=0
for f in "$wasm" "$js" "$css" dist/index.html; do
  total_gz=$((total_gz + $(gzip -9c "$f" | wc -c)))
done
printf '%-22s %12s %12s\n' "total" "$(kb "$total")" "$(kb "$total_gz")"
echo "budget: wasm ≤ 350 KB gzip"

node bench/first-render.mjs

node bench/banks.mjs

node bench/import.mjs

node bench/suggest.mjs

node bench/typing.mjs

echo "== the staff journey (tests/e2e/journey-staff.test.mjs): actions and time, target ≤ 40 actions =="
node --test tests/e2e/journey-staff.test.mjs 2>&1 | sed -n 's/^# journey: /journey: /p'

echo "== documents (native; the browser runs the same code as wasm) =="
cargo run --quiet --release --example documents_bench

echo "== matching (native; the browser runs the same code as wasm) =="
cargo run --quiet --release --example matching_bench

echo "== municipal roll-up (native; the browser runs the same code as wasm) =="
cargo run --quiet --release --example rollup_bench

node bench/rollup.mjs
