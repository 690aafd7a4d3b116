#!/usr/bin/env bash
# Sets up and builds Sandpit. The web playground arrives with the wasm issue; until then
# this builds the native CLI and says how to use it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --bin sandpit
echo
echo "Built target/release/sandpit. The browser playground is not there yet;"
echo "try the CLI:  echo 'print(\"hi\")' | target/release/sandpit run -"
