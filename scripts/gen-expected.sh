#!/usr/bin/env bash
# Regenerates tests/py/<name>.expected from CPython 3.11 for every tests/py/*.py.
#
# An .expected file is the program's stdout, followed -- only when the program ended
# with an uncaught exception -- by the last line of its stderr (`ExcType: message`).
# That is exactly what tests/conformance.rs compares Sandpit's output against.
# Idempotent: running it twice changes nothing.
set -euo pipefail
shopt -s nullglob

cd "$(dirname "$0")/.."

version=$(python3 --version 2>&1)
case "$version" in
    "Python 3.11."*) ;;
    *) echo "gen-expected: need CPython 3.11 as python3, found: $version" >&2; exit 1 ;;
esac

# Deterministic hashing, UTF-8 output whatever the locale, no .pyc files in tests/py.
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1

stderr_file=$(mktemp)
trap 'rm -f "$stderr_file"' EXIT

written=0
for program in tests/py/*.py; do
    expected="${program%.py}.expected"
    status=0
    timeout 10 python3 "$program" >"$expected.tmp" 2>"$stderr_file" || status=$?
    if [ "$status" -eq 124 ]; then
        echo "gen-expected: $program timed out" >&2
        rm -f "$expected.tmp"
        exit 1
    fi
    if [ "$status" -ne 0 ]; then
        if [ ! -s "$stderr_file" ]; then
            echo "gen-expected: $program exited with $status but wrote no stderr" >&2
            rm -f "$expected.tmp"
            exit 1
        fi
        tail -n 1 "$stderr_file" >>"$expected.tmp"
    elif [ -s "$stderr_file" ]; then
        echo "gen-expected: $program succeeded but wrote to stderr:" >&2
        cat "$stderr_file" >&2
        rm -f "$expected.tmp"
        exit 1
    fi
    mv "$expected.tmp" "$expected"
    written=$((written + 1))
done

# Drop expectations whose program was deleted or renamed.
for expected in tests/py/*.expected; do
    [ -e "${expected%.expected}.py" ] || { rm -f "$expected"; echo "gen-expected: removed stale $expected"; }
done

echo "gen-expected: wrote $written files"
