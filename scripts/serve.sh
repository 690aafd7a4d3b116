#!/usr/bin/env bash
# Sets up everything, builds the wasm core and the playground, and serves www/ on
# http://127.0.0.1:8000 (PORT=... to change). Needs no internet once set up: every file
# is served locally.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-wasm.sh
scripts/build-web.sh
port="${PORT:-8000}"
echo "serve: the playground is on http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
