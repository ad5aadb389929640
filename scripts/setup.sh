#!/usr/bin/env bash
# Installs what building and testing Наставник needs, and only what is missing:
# the wasm target, trunk, wasm-bindgen-cli (the version in Cargo.lock), wasm-split-cli, the npm packages
# (binaryen's wasm-opt, playwright-core, axe-core) and Debian's Chromium with chromedriver.
# Quick when everything is there. Source it: it also sets PATH and CHROMEDRIVER.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

export PATH="$HOME/.cargo/bin:$ROOT/tests/e2e/node_modules/.bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >&2
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes about 6 minutes once)"
  cargo install --locked "trunk@$TRUNK_VERSION" >&2
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
  # Without --locked: with it, a locked dependency is missing from the registry.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" >&2
fi

# The splitter of the release build (scripts/split.mjs): wasm-split-cli 0.2.4 (0.2.3 breaks on
# wasm-bindgen ≥ 0.2.128, leptos-rs/leptos#4870) with one change of ours, kept in
# tools/wasm-split-cli: it merges the shared chunks so that a screen loads at most a few files
# (see the README, «Деление модуля»).
# scripts/package.sh (and so the test command) builds the split release; NASTAVNIK_SPLIT=0
# skips the splitter.
WASM_SPLIT_VERSION="0.2.4-nastavnik.4"
if [ "${NASTAVNIK_SPLIT:-1}" != "0" ] \
  && ! cargo install --list 2>/dev/null | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION "; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION from tools/wasm-split-cli (about 2 minutes once)"
  cargo install --locked --force --path "$ROOT/tools/wasm-split-cli" --features build-binary >&2
fi

# npm packages: a working wasm-opt (Debian's binaryen 108 breaks the module), and the
# end-to-end test tools. Reinstalled when package-lock.json changes.
STAMP="$ROOT/tests/e2e/node_modules/.lock-stamp"
if ! cmp -s "$ROOT/tests/e2e/package-lock.json" "$STAMP" 2>/dev/null; then
  say "installing npm packages (binaryen, playwright-core, axe-core)"
  (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund >&2)
  cp "$ROOT/tests/e2e/package-lock.json" "$STAMP"
fi

# Debian packages: Chromium and its driver (browser and end-to-end tests); LibreOffice Writer,
# poppler-utils and the Liberation fonts (metric twins of Times New Roman) to check that the
# generated .docx files open in a real word processor.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
# zip and unzip: scripts/package.sh packs the release, the end-to-end tests unpack it.
command -v zip >/dev/null || need+=(zip)
command -v unzip >/dev/null || need+=(unzip)
# openpyxl: the roll-up's end-to-end test reads its XLSX with an independent reader. The
# `python3` on PATH may be another interpreter (pyenv) than Debian's, where the package goes.
python3 -c 'import openpyxl' 2>/dev/null || /usr/bin/python3 -c 'import openpyxl' 2>/dev/null \
  || need+=(python3-openpyxl)
if [ ${#need[@]} -gt 0 ]; then
  say "installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need[@]}" >&2
fi

export CHROMEDRIVER=/usr/bin/chromedriver
if python3 -c 'import openpyxl' 2>/dev/null; then
  export NASTAVNIK_PYTHON=python3
else
  export NASTAVNIK_PYTHON=/usr/bin/python3
fi
export CHROMIUM=/usr/bin/chromium
