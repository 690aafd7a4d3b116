#!/usr/bin/env bash
# Installs what building and testing Sandpit needs, skipping what is already there
# (idempotent): the wasm32 target and std's source (rust-src), the wasm-bindgen CLI at
# exactly the version in Cargo.lock, the npm packages from package-lock.json (binaryen's
# wasm-opt, playwright-core), Debian's chromium and chromium-driver for the browser tests, and
# Debian's `time` for the peak-memory test. Everything comes from the package
# registries; nothing downloads prebuilt binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "setup: $1 is required ($2)" >&2; exit 1; }
}
need cargo "install Rust with rustup"
need node "install Node.js 20 or later with npm"
need npm "install npm"
if ! command -v python3 >/dev/null 2>&1; then
  echo "setup: python3 (CPython 3.11) is needed only to regenerate the conformance corpus" >&2
fi

# Debian packages (needs root and apt): the browser for the browser tests, `time`.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]} (apt)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (Debian packages)" >&2
    exit 1
  fi
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# std's source, which scripts/build-wasm.sh rebuilds for size (-Zbuild-std).
if ! rustup component list --installed 2>/dev/null | grep -qx rust-src; then
  echo "setup: adding the rust-src component"
  rustup component add rust-src
fi

# The CLI must match the wasm-bindgen crate exactly. No --locked: the CLI's own lock
# pins a dependency version the registry does not serve (../shared/TOOLCHAIN.md).
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  echo "setup: installing wasm-bindgen-cli $want (had: ${have:-none})"
  cargo install -q wasm-bindgen-cli --version "$want"
fi

# npm packages exactly as locked; reinstalled only when the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "setup: ok ($(cargo --version); wasm-bindgen $want; node $(node --version))"
