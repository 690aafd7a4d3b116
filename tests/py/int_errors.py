# Error messages from integer operations.
five = 5

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("add str", lambda: 1 + "a")
attempt("radd", lambda: "a" + 1)
attempt("sub none", lambda: 5 - None)
attempt("mul list ok", lambda: 2 * [1])
attempt("mul float list", lambda: 2.0 * [1])
attempt("lt str", lambda: 1 < "a")
attempt("neg str", lambda: -"a")
attempt("invert float", lambda: ~1.5)
attempt("mod str", lambda: 5 % "a")
attempt("pow str", lambda: 2 ** "a")
attempt("floordiv", lambda: 5 // 0)
attempt("truediv", lambda: 5 / 0)
attempt("mod", lambda: 5 % 0)
attempt("rshift float", lambda: 1 >> 1.0)
attempt("int call", lambda: five())
attempt("int index", lambda: five[0])
attempt("int iter", lambda: list(5))
attempt("int len", lambda: len(5))
attempt("int attr", lambda: (5).foo)
attempt("int parse", lambda: int("5.0"))
attempt("big to float", lambda: float(2 ** 2000))
attempt("big truediv", lambda: 2 ** 2000 / 3)
attempt("int big mul ok", lambda: (10 ** 50) * (10 ** 50) > 0)
