#!/usr/bin/env bash
# Instructions per Python operation, Sandpit's CLI beside CPython 3.11, counted by
# valgrind's callgrind (repeatable whatever else the machine is doing): each case of
# bench/ops/cases.py runs its statement 20000 times in a function, and the cost of an
# empty loop is subtracted. Prints a Markdown table, worst ratio first: where the VM
# spends more per operation than CPython does, to guide optimisation.
#
#   scripts/bench-ops.sh                 # every case
#   scripts/bench-ops.sh dict_get len    # some cases
set -euo pipefail
cd "$(dirname "$0")/.."

command -v valgrind >/dev/null || { echo "bench-ops: please install valgrind (Debian package)" >&2; exit 1; }
python=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}
cargo build --release --bin sandpit >&2
sandpit=target/release/sandpit
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/ops/cases.py "$dir"

count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected/ {print $4}'
}
loops=$(python3 -c 'import sys; sys.path.insert(0, "bench/ops"); import cases; print(cases.LOOPS)')
empty_s=$(count "$sandpit" run --policy permissive "$dir/empty.py")
empty_p=$(count "$python" -S "$dir/empty.py")
cases=${*:-$(cd "$dir" && ls ./*.py | sed 's|^\./||; s|\.py$||' | grep -vx empty)}
rows=$(for c in $cases; do
  [ -f "$dir/$c.py" ] || { echo "bench-ops: no case $c" >&2; exit 2; }
  s=$(count "$sandpit" run --policy permissive "$dir/$c.py")
  p=$(count "$python" -S "$dir/$c.py")
  awk -v c="$c" -v s="$s" -v p="$p" -v es="$empty_s" -v ep="$empty_p" -v n="$loops" 'BEGIN {
    a = (s - es) / n; b = (p - ep) / n
    printf "%s|%.0f|%.0f|%.2f\n", c, a, b, (b > 0 ? a / b : 0) }'
done | sort -t'|' -k4 -g -r)
echo "| Operation | Sandpit (instructions) | CPython (instructions) | ×CPython |"
echo "|---|---:|---:|---:|"
echo "$rows" | awk -F'|' '{printf "| `%s` | %s | %s | %s× |\n", $1, $2, $3, $4}'
