#!/usr/bin/env bash
# Builds the release (exactly what ships) and serves it on http://127.0.0.1:8080/.
# Installs whatever is missing first. `--dev` serves a debug build that rebuilds on change.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
if [ "${1:-}" = "--dev" ]; then
  exec trunk serve
fi
echo "Наставник: http://127.0.0.1:8080/ (Ctrl+C — остановить)" >&2
exec trunk serve --release
