#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets/) for SECONDS each, one after another:
#   scripts/fuzz.sh 3600                  # a long session
#   FUZZ_RUNS=50000 scripts/fuzz.sh 300   # the CI smoke run: a fixed number of inputs
# With FUZZ_RUNS each target runs exactly that many inputs from a fixed seed (SECONDS is
# then only an upper bound), so the smoke run tries the same inputs on every machine and
# a red CI always replays; without it the fuzzer explores for the whole time.
# Builds with debug assertions (so integer overflow panics too) and no sanitizer: the
# core is safe Rust, so AddressSanitizer finds nothing libFuzzer's own crash, hang and
# stack-overflow detection does not, and its leak checker would flag the reference
# cycles Python programs may leave (Rc cannot free them; the heap accounting knows).
# Builds with the machine's own toolchain (CI machines reach no other one): cargo-fuzz
# needs a few unstable rustc flags, which RUSTC_BOOTSTRAP=1 allows on stable. Installs
# cargo-fuzz from crates.io when it is missing.
# The `parse` and `run` corpora start from the conformance programs in tests/py/ and
# the regression inputs in tests/fuzz/ (the grammar target's inputs are not source
# text, so it starts empty). A crash stops the
# run with libFuzzer's report; its input is saved under fuzz/artifacts/<target>/, and
# belongs in tests/fuzz/ as a regression test (see tests/fuzz_regressions.rs).
# Environment: FUZZ_TARGETS to pick targets, FUZZ_RSS_MB (default 3072) for
# libFuzzer's memory cap, FUZZ_CHUNK (default 120) for the seconds one fuzzer process
# runs before the next takes over.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS}
targets=${FUZZ_TARGETS:-parse run grammar}
rss_mb=${FUZZ_RSS_MB:-3072}
chunk_seconds=${FUZZ_CHUNK:-120}
runs_flags=()
if [ -n "${FUZZ_RUNS:-}" ]; then
  runs_flags=(-runs="$FUZZ_RUNS" -seed=1)
  chunk_seconds=$seconds
fi

export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --version 0.13.2

for target in parse run; do
  mkdir -p "fuzz/corpus/$target"
  cp -n tests/py/*.py tests/fuzz/*.py "fuzz/corpus/$target/" 2>/dev/null || true
done

cd fuzz
cargo fuzz build -O -a -s none
total=0
for target in $targets; do
  mkdir -p "corpus/$target" "artifacts/$target" logs
  echo "fuzz: $target for ${seconds}s"
  done_execs=0
  left=$seconds
  while [ "$left" -gt 0 ]; do
    # Long runs go in chunks, each a fresh process on the corpus so far: programs may
    # leave reference cycles (Rc has no cycle collector, see value/heap.rs), so one
    # process's memory grows with every input and would pass the RSS cap in the end
    # (the run target leaks about 6 KB per input: 2 GB after 320k inputs, ~190 s).
    chunk=$(( left < chunk_seconds ? left : chunk_seconds ))
    left=$(( left - chunk ))
    log="logs/$target.log"
    status=0
    started=$SECONDS
    # -timeout: one input running past 10 s is a hang (the fuel limit ends every run
    # in milliseconds). The full log of the last chunk stays in fuzz/logs/.
    cargo fuzz run -O -a -s none "$target" -- \
      -max_total_time="$chunk" -timeout=10 -rss_limit_mb="$rss_mb" \
      "${runs_flags[@]}" -print_final_stats=1 >"$log" 2>&1 || status=$?
    execs=$(awk '/^stat::number_of_executed_units:/ { print $2 }' "$log")
    done_execs=$(( done_execs + ${execs:-0} ))
    echo "fuzz: $target: ${execs:-0} executions in $(( SECONDS - started ))s"
    if [ "$status" -ne 0 ]; then
      tail -40 "$log" >&2
      echo "fuzz: $target found a crash after $done_execs executions (see fuzz/artifacts/$target/ and fuzz/$log)" >&2
      exit 1
    fi
  done
  echo "fuzz: $target: $done_execs executions, no crash"
  total=$(( total + done_execs ))
done
echo "fuzz: $total executions in all"
