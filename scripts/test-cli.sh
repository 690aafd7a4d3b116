#!/usr/bin/env bash
# End-to-end checks of the `sandpit` command: output, exit codes, syntax errors.
set -uo pipefail
bin=${1:-target/release/sandpit}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {
  local name=$1 want=$2 got=$3
  if [ "$want" == "$got" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: want [$want] got [$got]"
  fi
}

printf 'print("hello", 6 * 7)\n' > "$tmp/hello.py"
check "run prints" "hello 42" "$("$bin" run "$tmp/hello.py")"
"$bin" run "$tmp/hello.py" >/dev/null; check "run exit 0" 0 $?

printf 'def f():\n    return 1 / 0\nf()\n' > "$tmp/boom.py"
"$bin" run "$tmp/boom.py" >/dev/null 2>"$tmp/err"; code=$?
check "uncaught exit 1" 1 "$code"
check "traceback last line" "ZeroDivisionError: division by zero" "$(tail -n 1 "$tmp/err")"
check "traceback head" "Traceback (most recent call last):" "$(head -n 1 "$tmp/err")"

check "stdin" "3" "$(printf 'print(1 + 2)\n' | "$bin" run -)"

printf 'x = (1,\n' > "$tmp/bad.py"
"$bin" check "$tmp/bad.py" 2>"$tmp/err"; code=$?
check "check exit 1" 1 "$code"
check "check line:col" "$tmp/bad.py:1:5: SyntaxError: '(' was never closed" "$(cat "$tmp/err")"
"$bin" check "$tmp/hello.py"; check "check ok" 0 $?

printf 'import os\n' > "$tmp/imp.py"
"$bin" run "$tmp/imp.py" 2>"$tmp/err"
check "import unknown" "ModuleNotFoundError: No module named 'os'" "$(tail -n 1 "$tmp/err")"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
