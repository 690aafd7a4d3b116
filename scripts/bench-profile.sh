#!/usr/bin/env bash
# Where the native CLI spends its instructions on one benchmark program: runs it under
# valgrind's callgrind (instruction counts, repeatable whatever else the machine is
# doing) and prints the functions with the most instructions, inclusive and exclusive.
#
#   scripts/bench-profile.sh fib                # a name from bench/programs/, or a path
#   TOP=40 scripts/bench-profile.sh richards    # more rows
#
# Builds the CLI with line tables for the symbols into its own target/bench-profile/ (so
# target/release stays as it is; Cargo.toml unchanged); the callgrind output stays in
# target/bench-profile/ for callgrind_annotate or kcachegrind. The programs are sized for the benchmark, so a
# run under callgrind takes a minute or so.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 1 ] || { echo "usage: scripts/bench-profile.sh PROGRAM [SANDPIT_RUN_ARGS...]" >&2; exit 2; }
prog=$1
shift
[ -f "$prog" ] || prog=bench/programs/${prog%.py}.py
[ -f "$prog" ] || { echo "bench-profile: no program $1 (see bench/programs/)" >&2; exit 2; }

if ! command -v valgrind >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "bench-profile: installing valgrind (apt)" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
  else
    echo "bench-profile: please install valgrind (Debian package)" >&2
    exit 1
  fi
fi

dir=${CARGO_TARGET_DIR:-target}/bench-profile
CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --release --bin sandpit \
  --target-dir "$dir" >&2
out="$dir/$(basename "${prog%.py}").callgrind"
valgrind --tool=callgrind --callgrind-out-file="$out" \
  "$dir/release/sandpit" run --policy permissive "$@" "$prog" >&2

top=${TOP:-25}
# The function rows only, without the binary's path, in a table.
annotate() {
  echo "| instructions | share | function (file:function) |"
  echo "|---:|---:|---|"
  callgrind_annotate --threshold=100 "$@" "$out" 2>/dev/null |
    grep -E '^ *[0-9,]+ +\( *[0-9.]+%\) ' | grep -v 'PROGRAM TOTALS' |
    sed -E "s/ \[[^]]*\]\$//; s#/rustc/[0-9a-f]+/library/#rust:#; s#\./##g; s#$PWD/##" |
    awk -v top="$top" 'NR <= top' |
    sed -E 's/^ *([0-9,]+) +\( *([0-9.]+%)\) +(.*)$/| \1 | \2 | `\3` |/'
}
# The filters read their whole input (awk, never head or exit): one that stops early
# ends callgrind_annotate with SIGPIPE, which pipefail makes the script's failure.
total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ && !seen { print $1; seen = 1 }')
echo "# $prog under callgrind: $total instructions"
echo
echo "## Exclusive (the function's own instructions), top $top"
echo
annotate
echo
echo "## Inclusive (the function and what it calls), top $top"
echo
annotate --inclusive=yes
echo
echo "(callgrind output: $out; callgrind_annotate --auto=yes $out annotates the source)"
