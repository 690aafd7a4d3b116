#!/usr/bin/env bash
# Sets up, then runs every test: unit tests, the CPython conformance corpus, the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --bin sandpit
cargo test --release
# The corpus summary (one line per failing program, then the totals).
cargo test --release --test conformance -- --nocapture 2>/dev/null | grep -E '^(FAIL|conformance:|now passing)' || true
scripts/test-cli.sh target/release/sandpit
