#!/usr/bin/env bash
# Sets up, then runs every test: unit tests, the CPython conformance corpus, the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --bin sandpit
cargo test --release 2>&1 | tee /tmp/sandpit-cargo-test.log
scripts/test-cli.sh target/release/sandpit
