#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets/) for SECONDS each, one after another:
#   scripts/fuzz.sh 60          # the CI smoke run
#   scripts/fuzz.sh 3600        # a long session
# Builds with debug assertions (so integer overflow panics too) and no sanitizer: the
# core is safe Rust, so AddressSanitizer finds nothing libFuzzer's own crash, hang and
# stack-overflow detection does not, and its leak checker would flag the reference
# cycles Python programs may leave (Rc cannot free them; the heap accounting knows).
# Needs the nightly toolchain; installs cargo-fuzz from crates.io when it is missing.
# The `parse` and `run` corpora start from the conformance programs in tests/py/ (the
# grammar target's inputs are not source text, so it starts empty). A crash stops the
# run with libFuzzer's report; its input is saved under fuzz/artifacts/<target>/, and
# belongs in tests/fuzz/ as a regression test (see tests/fuzz_regressions.rs).
# Environment: FUZZ_TARGETS to pick targets, FUZZ_RSS_MB (default 2048) for
# libFuzzer's memory cap, FUZZ_JOBS (default 1) for parallel workers per target.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS}
targets=${FUZZ_TARGETS:-parse run grammar}
rss_mb=${FUZZ_RSS_MB:-2048}
jobs=${FUZZ_JOBS:-1}

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --version 0.13.2

for target in parse run; do
  mkdir -p "fuzz/corpus/$target"
  cp -n tests/py/*.py "fuzz/corpus/$target/" 2>/dev/null || true
done

cd fuzz
cargo +nightly fuzz build -O -a -s none
for target in $targets; do
  mkdir -p "corpus/$target" "artifacts/$target" logs
  echo "fuzz: $target for ${seconds}s"
  # -timeout: one input running past 10 s is a hang (the fuel limit should end every
  # run in milliseconds). The full log stays next to the artifacts; the summary shows
  # the execution count and any crash.
  parallel=()
  [ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
  log="logs/$target.log"
  status=0
  cargo +nightly fuzz run -O -a -s none "$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb="$rss_mb" \
    -print_final_stats=1 "${parallel[@]}" >"$log" 2>&1 || status=$?
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+== ERROR|SUMMARY|.*panicked at|invariant broken|artifact_prefix.*Test unit written)' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$log" >&2
    echo "fuzz: $target found a crash (see fuzz/artifacts/$target/ and fuzz/$log)" >&2
    exit 1
  fi
done
