#!/usr/bin/env bash
# Sets up, then runs every test: unit and integration tests, the CPython conformance
# corpus, the CLI, the wasm build (wasm-bindgen-test in Node and Chromium, the JS API
# and the corpus through wasm in Node), and the browser tests in Chromium (worker,
# playground), then a short fuzzing smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

cargo build --release --bin sandpit
cargo test --release
# The corpus summary (one line per failing program, then the totals).
cargo test --release --test conformance -- --nocapture 2>/dev/null | grep -E '^(FAIL|conformance:|now passing)' || true
scripts/test-cli.sh target/release/sandpit

# The core on wasm32, through wasm-bindgen-test: in Node, then in headless Chromium.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
cargo test --target wasm32-unknown-unknown --test wasm_node
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test wasm_browser

# The release wasm build, its JS API and the corpus through it, then the playground
# bundle and the browser tests (screenshots land in target/screenshots/).
scripts/build-wasm.sh
node --test tests/node/
scripts/build-web.sh
node --test tests/browser/

# A fuzzing smoke run: a fixed number of inputs from a fixed seed on every fuzz target
# (cargo-fuzz is installed when missing), so a regression the fuzzer finds at once shows
# here, and the same inputs run on every machine.
FUZZ_RUNS="${FUZZ_SMOKE_RUNS:-50000}" scripts/fuzz.sh 300
