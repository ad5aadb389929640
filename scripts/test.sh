#!/usr/bin/env bash
# Runs every check and test: formatting, clippy (host and wasm), host tests, browser tests
# (wasm-bindgen-test in headless Chromium), the release build, and end-to-end tests of that
# build. Installs whatever is missing first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host)"
cargo clippy --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "host tests (domain)"
cargo test

step "browser tests (wasm-bindgen-test, headless Chromium)"
# The runner reads Chromium's flags from webdriver.json and finds the driver via CHROMEDRIVER.
cargo test --target wasm32-unknown-unknown

step "release build and its zip (scripts/package.sh: trunk, wasm-opt)"
# The end-to-end tests run on the unpacked zip: what a school uploads is what is tested.
NASTAVNIK_ZIP="$(./scripts/package.sh | tail -n 1)"
export NASTAVNIK_ZIP

step "end-to-end tests of the release zip, unpacked into a sub-folder"
node --test --test-concurrency=1 tests/e2e/
