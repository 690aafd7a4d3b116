#!/usr/bin/env bash
# Builds the wasm core into www/pkg: cargo (the size-tuned `wasm-release` profile, which
# is `release` with opt-level "s" and panic=abort, with the flags below) → wasm-bindgen
# --target web (the CLI at the crate's exact version, installed by scripts/setup.sh) →
# wasm-opt -Oz from npm `binaryen` when `npm ci` has installed it. Prints the raw and
# gzipped sizes.
#
# The download size (issue 9) takes three unstable cargo/rustc options, which
# RUSTC_BOOTSTRAP=1 allows on the stable toolchain (rust-src comes from scripts/setup.sh):
# - -Zbuild-std rebuilds std with the profile's size settings, and with std's
#   `optimize_for_size` algorithms (smaller sorts and formatting). Its allocator,
#   dlmalloc, which every Python object goes through, stays at opt-level 3: at "s" the
#   benchmarks' dict and string programs ran 5-8% slower; at 3 they run as before, for
#   0.2 KB (gzipped) more. (Set here, not in Cargo.toml, where cargo would warn on every
#   other build that no package of that name is in the lock file.)
# - -Cpanic=immediate-abort makes a panic trap at once: no message is formatted, so
#   none of that machinery is linked. www/sandpit.js reports the trap as an
#   InternalError with a generic message.
# - -Zlocation-detail=none drops the file and line strings that #[track_caller]
#   functions would otherwise carry.
set -euo pipefail
cd "$(dirname "$0")/.."

RUSTC_BOOTSTRAP=1 \
  RUSTFLAGS="${RUSTFLAGS:-} -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none" \
  cargo build --profile wasm-release --target wasm32-unknown-unknown --lib \
  -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size \
  --config 'profile.wasm-release.package.dlmalloc.opt-level=3'
# Cargo writes where CARGO_TARGET_DIR says, if it is set (relative to this directory).
wasm-bindgen --target web --out-dir www/pkg \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/sandpit.wasm"
wasm=www/pkg/sandpit_bg.wasm
# The dispatch loop must stay a function of its own, re-entered every few thousand
# instructions (see `Vm::dispatch`): V8 runs a wasm function's optimised code only from
# its next call on, so had wasm-opt inlined it into its one caller, which runs once per
# `run`, every first run would stay in baseline code to its end (nbody: 1.9x slower).
# The fast lane stays out of it (see `Vm::run_fast_lane`).
keep_out_of_line=()
for name in dispatch run_fast_lane; do
  if ! grep -qa "vm::Vm>::$name" "$wasm"; then
    echo "build-wasm: no function named like vm::Vm>::$name: renamed? update this script" >&2
    exit 1
  fi
  keep_out_of_line+=("--no-inline=*::vm::Vm>::$name")
done
if [ -x node_modules/.bin/wasm-opt ]; then
  # --no-inline comes first, as wasm-opt runs its passes in the order given. The
  # features rustc enables for wasm32-unknown-unknown; wasm-opt must accept them.
  # --low-memory-unused lets it fold small constant offsets into loads and stores: that
  # differs only for an address that wraps around into the first 1 KB, which Rust code
  # never computes (the stack comes first and ends at 1 MB; data lies above it). The
  # producers and target-features sections are metadata no engine reads.
  node_modules/.bin/wasm-opt "${keep_out_of_line[@]}" -Oz --low-memory-unused --strip-producers \
    --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types \
    --enable-multivalue "$wasm" -o "$wasm.opt"
  mv "$wasm.opt" "$wasm"
else
  echo "build-wasm: wasm-opt not found (run npm ci): size not optimised" >&2
fi
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "build-wasm: $wasm: $raw bytes raw, $gz bytes gzipped"
