#!/usr/bin/env bash
# Measures Sandpit against its peers in one run and prints Markdown tables, also written
# to bench/results.md: cold start, a new interpreter + `1+1`, a warm tiny snippet, wasm
# size raw and gzipped, and run time (median, ratio to CPython) and peak memory on the
# programs in bench/programs/, whose checksums must match CPython's.
#
# Peers: the Sandpit CLI and its wasm build in Node, CPython 3.11 (`python3`), Monty
# (PyPI pydantic-monty, into bench/.venv), MicroPython's WebAssembly port and Pyodide
# (npm, into bench/node_modules from bench/package-lock.json). Everything comes from the
# package registries; setup is skipped when already done.
#
#   scripts/bench.sh                           # everything (a few minutes)
#   BENCH_RUNS=5 scripts/bench.sh              # more runs per program
#   BENCH_PEERS=sandpit,monty BENCH_PROGRAMS=fib,nbody scripts/bench.sh
#   BENCH_SKIP_BUILD=1 scripts/bench.sh        # reuse the built CLI and www/pkg
#
# Other knobs are in bench/bench.py's docstring. Micro-benchmarks of the VM's hot paths:
# `cargo bench --bench vm`; where a program spends its time: scripts/bench-profile.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh >&2
need() {
  command -v "$1" >/dev/null 2>&1 || { echo "bench: $1 is required ($2)" >&2; exit 1; }
}
need python3 "CPython 3.11 is a peer and runs the harness"

# Peers from npm, exactly as locked; reinstalled only when the lock changed.
if [ ! -f bench/node_modules/.package-lock.json ] ||
  [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  echo "bench: npm ci (bench/)" >&2
  (cd bench && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

# Monty from PyPI into its own venv; reinstalled only when the requirements changed.
stamp=bench/.venv/.installed
if [ ! -f "$stamp" ] || [ bench/requirements.txt -nt "$stamp" ]; then
  echo "bench: installing bench/requirements.txt into bench/.venv" >&2
  [ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
  bench/.venv/bin/pip install -q --disable-pip-version-check -r bench/requirements.txt >&2
  touch "$stamp"
fi

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  cargo build --release --bin sandpit --example bench_embed >&2
  # build-wasm.sh reads cargo's output from target/.
  env -u CARGO_TARGET_DIR scripts/build-wasm.sh >&2
fi

node bench/check-speed.mjs
exec python3 bench/bench.py
