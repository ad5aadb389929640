#!/usr/bin/env bash
# Builds the release and writes nastavnik-<version>.zip into the repository's folder: what a
# school's site administrator uploads. Inside: the folder nastavnik/ (the files of dist/),
# «Как установить.txt» (Russian, for the administrator) and SHA256SUMS.txt.
# Prints the zip's path as the last line. `--no-build` packs the existing dist/.
# The wasm module is split along the screens (see README, «Деление модуля»); NASTAVNIK_SPLIT=0
# builds one module instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NASTAVNIK_SPLIT="${NASTAVNIK_SPLIT:-1}"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

if [ "${1:-}" != "--no-build" ]; then
  if [ "$NASTAVNIK_SPLIT" = "1" ]; then
    # The module split along the screens (scripts/split.mjs): the feature `split` and the
    # relocations the splitter reads; `--cfg erase_components` as in .cargo/config.toml.
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs" \
      trunk build --release --features split >&2
  else
    trunk build --release >&2
  fi
fi
[ -f dist/index.html ] && [ -f dist/sw.js ] || { echo "dist/ is not a release build" >&2; exit 1; }
grep -q '^const PRECACHE = {' dist/sw.js || { echo "dist/sw.js has no precache list: not a release build" >&2; exit 1; }

version="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)"
out="$ROOT/nastavnik-$version.zip"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

mkdir "$stage/nastavnik"
cp -a dist/. "$stage/nastavnik/"
# Windows line ends: the administrator opens it in Notepad.
sed -e "s/{{VERSION}}/$version/" -e 's/$/\r/' "scripts/package/Как установить.txt" >"$stage/Как установить.txt"
(cd "$stage" && find nastavnik -type f | LC_ALL=C sort | xargs -d '\n' sha256sum >SHA256SUMS.txt)

rm -f "$out"
# -UN=UTF8: the Cyrillic file name opens right in Windows' own zip folder.
(cd "$stage" && zip -q -X -r -UN=UTF8 "$out" nastavnik "Как установить.txt" SHA256SUMS.txt)
echo "$(basename "$out"): $(find "$stage/nastavnik" -type f | wc -l) files, $(stat -c %s "$out") bytes" >&2
echo "$out"
