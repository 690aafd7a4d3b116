#!/usr/bin/env bash
# Installs what building and testing Sandpit needs, skipping what is already there.
# Idempotent. Later issues add the wasm target, wasm-bindgen CLI, binaryen and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is required (install Rust with rustup)" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "setup: python3 (CPython 3.11) is needed only to regenerate the conformance corpus" >&2
fi
# /usr/bin/time measures the CLI's peak memory in tests/sandbox.rs (Debian package `time`).
if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "setup: installing time (for the peak-memory test)"
  (apt-get update -qq && apt-get install -y -qq time) >/dev/null 2>&1 || echo "setup: could not install time; the peak-memory test will be skipped" >&2
fi
echo "setup: ok ($(cargo --version))"
