#!/usr/bin/env bash
# Prints the figures of the release build (split along the screens, as packed by
# scripts/package.sh): wasm size (raw and gzip -9), JS glue size, CSS size; what each address
# downloads and how long a first visit, a repeat visit and an offline start take under
# «Slow 4G» and 10 Mbit/s (bench/network.mjs); and the median of 5 cold first renders (navigation start → wizard visible) in
# headless Chromium on 127.0.0.1, the banks with 2,000 generated teachers (bench/banks.mjs),
# the suggestion of pairs on them (bench/suggest.mjs), typing on stage 5 with them
# (bench/typing.mjs), the teacher-list import preview of 5,000 rows (bench/import.mjs), and
# the documents. Not a pass/fail test.
# Targets: first visit's wasm ≤ 250 KB gzip, Slow 4G first visit ≤ 2 s (#/info ≤ 2 s, stage 5 ≤ 3 s),
# repeat ≤ 0.3 s, offline start ≤ 0.5 s, first render ≤ 0.5 s, banks ≤ 50 ms per search/filter/sort/card,
# archive export/import ≤ 200 ms, the suggestion ≤ 1 s, ≤ 50 ms of long tasks per keystroke,
# the import preview ≤ 1 s.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

if [ "${1:-}" != "--no-build" ]; then
  # The release as shipped: split along the screens, packed (scripts/package.sh).
  ./scripts/package.sh >/dev/null
fi

# KiB (1024 bytes), as bench/network.mjs prints.
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
gz() { gzip -9c "$1" | wc -c; }
main_wasm=$(ls dist/nastavnik-*_bg.wasm)
js=$(ls dist/nastavnik-*.js)
css=$(ls dist/*.css)
echo "== Наставник: release build figures =="
printf '%-22s %12s %12s\n' "file" "raw" "gzip -9"
for f in "$main_wasm" "$js" "$css" dist/index.html dist/sw.js dist/pwa.js; do
  printf '%-22s %12s %12s\n' "$(basename "$f" | sed -E 's/-[0-9a-f]{8,}//')" "$(kb "$(stat -c %s "$f")")" "$(kb "$(gz "$f")")"
done
parts=0; parts_raw=0; parts_gz=0
for f in dist/*.wasm; do
  [ "$f" = "$main_wasm" ] && continue
  parts=$((parts + 1)); parts_raw=$((parts_raw + $(stat -c %s "$f"))); parts_gz=$((parts_gz + $(gz "$f")))
done
printf '%-22s %12s %12s\n' "$parts other wasm parts" "$(kb "$parts_raw")" "$(kb "$parts_gz")"
all_gz=$parts_gz
for f in "$main_wasm"; do all_gz=$((all_gz + $(gz "$f"))); done
printf '%-22s %12s %12s\n' "all wasm" "" "$(kb "$all_gz")"
echo "budget: the first visit's wasm ≤ 250 KB gzip (see the network figures below)"
echo "== wasm files per screen (bench/split-stats.mjs) =="
node bench/split-stats.mjs dist

node bench/first-render.mjs

node bench/network.mjs

node bench/banks.mjs

node bench/import.mjs

node bench/suggest.mjs

node bench/typing.mjs

node bench/years.mjs

echo "== the staff journey (tests/e2e/journey-staff.test.mjs): actions and time, target ≤ 40 actions =="
node --test tests/e2e/journey-staff.test.mjs 2>&1 | sed -n 's/^# journey: /journey: /p'

echo "== documents (native; the browser runs the same code as wasm) =="
cargo run --quiet --release --example documents_bench

echo "== matching (native; the browser runs the same code as wasm) =="
cargo run --quiet --release --example matching_bench

echo "== municipal roll-up (native; the browser runs the same code as wasm) =="
cargo run --quiet --release --example rollup_bench

node bench/rollup.mjs
