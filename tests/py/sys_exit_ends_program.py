# SystemExit is how a program ends early: sys.exit(), exit() and quit() raise it, code
# can catch it like any exception, and the uncaught one ends the run quietly (no
# traceback, status 0 here) after finally blocks and with-exits have run.
import sys

for call in (lambda: sys.exit(), lambda: sys.exit(3), lambda: sys.exit("bad"),
             lambda: exit(), lambda: exit(4), lambda: quit(code=5),
             lambda: sys.exit(None), lambda: sys.exit(False)):
    try:
        call()
    except SystemExit as e:
        print(repr(e), e.code, e.args, isinstance(e, Exception), isinstance(e, BaseException))

try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)

try:
    try:
        sys.exit(7)
    except Exception:
        print("not an Exception")
except BaseException as e:
    print("caught as BaseException", type(e).__name__)


class Exiting:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("with exits", exc[0].__name__)


def main():
    try:
        with Exiting():
            print("working")
            sys.exit(0)
    finally:
        print("finally runs")


main()
print("never printed")
