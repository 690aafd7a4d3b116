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

# sys.exit ends the program as in CPython: no traceback, the status it was given (the
# low byte, as the OS keeps it), or status 1 with the message alone on stderr.
printf 'import sys\nprint("bye")\nsys.exit()\nprint("not reached")\n' > "$tmp/exit0.py"
out=$("$bin" run "$tmp/exit0.py" 2>"$tmp/err"); code=$?
check "sys.exit() output" "bye" "$out"
check "sys.exit() status 0" 0 "$code"
check "sys.exit() no stderr" "" "$(cat "$tmp/err")"
printf 'import sys\nsys.exit(3)\n' > "$tmp/exit3.py"
"$bin" run "$tmp/exit3.py" 2>"$tmp/err"; check "sys.exit(3) status" 3 $?
check "sys.exit(3) no stderr" "" "$(cat "$tmp/err")"
printf 'raise SystemExit(-1)\n' > "$tmp/exitneg.py"
"$bin" run "$tmp/exitneg.py" 2>/dev/null; check "SystemExit(-1) status 255" 255 $?
printf 'import sys\nsys.exit("bad input")\n' > "$tmp/exitmsg.py"
"$bin" run "$tmp/exitmsg.py" 2>"$tmp/err"; check "sys.exit(msg) status 1" 1 $?
check "sys.exit(msg) stderr" "bad input" "$(cat "$tmp/err")"

printf 'x = (1,\n' > "$tmp/bad.py"
"$bin" check "$tmp/bad.py" 2>"$tmp/err"; code=$?
check "check exit 1" 1 "$code"
check "check line:col" "$tmp/bad.py:1:5: SyntaxError: '(' was never closed" "$(cat "$tmp/err")"
"$bin" check "$tmp/hello.py"; check "check ok" 0 $?

printf 'def f(a, b, a):\n    pass\n' > "$tmp/dup.py"
"$bin" check "$tmp/dup.py" 2>"$tmp/err"
check "duplicate argument" "$tmp/dup.py:1:13: SyntaxError: duplicate argument 'a' in function definition" "$(cat "$tmp/err")"

printf 'import nosuchmodule\n' > "$tmp/imp.py"
"$bin" run "$tmp/imp.py" 2>"$tmp/err"; code=$?
check "import unknown exit 1" 1 "$code"
check "import unknown" "ModuleNotFoundError: No module named 'nosuchmodule'" "$(tail -n 1 "$tmp/err")"

printf 'import os\nprint(os.getcwd())\n' > "$tmp/os.py"
"$bin" run "$tmp/os.py" 2>"$tmp/err"; code=$?
check "import blocked exit 2" 2 "$code"
check "import blocked" "ImportError: import of 'os' is blocked by the sandbox policy" "$(grep '^ImportError' "$tmp/err")"
"$bin" check --policy strict "$tmp/os.py" 2>"$tmp/err"; code=$?
check "static check exit 2" 2 "$code"
check "static check names the line" 1 "$(grep -c "os.py:1:.*\[import\] os" "$tmp/err")"

printf 'while True:\n    pass\n' > "$tmp/loop.py"
"$bin" run --timeout-ms 200 --max-instructions 1000000000000 "$tmp/loop.py" 2>"$tmp/err"; code=$?
check "timeout exit 2" 2 "$code"
check "timeout violation" 1 "$(grep -c 'sandbox violation \[limit\] timeout_ms' "$tmp/err")"

printf 'x = "a" * (20 * 1024 * 1024)\n' > "$tmp/mem.py"
"$bin" run --max-memory 10MB "$tmp/mem.py" 2>"$tmp/err"; code=$?
check "memory exit 2" 2 "$code"
check "memory error" "MemoryError: the sandbox memory limit (10.0 MiB) was exceeded" "$(grep '^MemoryError' "$tmp/err")"
"$bin" run --policy permissive "$tmp/mem.py"; check "memory fits a bigger policy" 0 $?

printf 'print(().__class__.__base__.__subclasses__())\n' > "$tmp/esc.py"
"$bin" run "$tmp/esc.py" 2>"$tmp/err"; code=$?
check "dunder exit 2" 2 "$code"
check "dunder violation" 1 "$(grep -c 'sandbox violation \[dunder\] __base__' "$tmp/err")"

"$bin" policy strict > "$tmp/strict.json"; check "policy prints json" 0 $?
printf '{"limits": {"max_output_bytes": 10}}' > "$tmp/p.json"
printf 'print("0123456789abcdef")\n' > "$tmp/out.py"
"$bin" run --policy-file "$tmp/p.json" "$tmp/out.py" >"$tmp/stdout" 2>/dev/null; code=$?
check "output cap exit 2" 2 "$code"
check "output cut at the cap" "0123456789" "$(head -n 1 "$tmp/stdout")"
"$bin" run --policy nosuch "$tmp/out.py" 2>/dev/null; check "unknown preset exit 3" 3 $?

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
