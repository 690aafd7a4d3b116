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
echo "setup: ok ($(cargo --version))"
