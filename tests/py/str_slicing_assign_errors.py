# Errors from string operations, with CPython's exact messages.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "abc"
attempt("index", lambda: s[3])
attempt("neg index", lambda: s[-4])
attempt("index str", lambda: s.index("z"))
attempt("concat int", lambda: s + 1)
attempt("concat none", lambda: s + None)
attempt("int + str", lambda: 1 + s)
attempt("mul str", lambda: s * s)
attempt("attr", lambda: s.foo)
attempt("call", lambda: s())
attempt("upper arg", lambda: s.upper(1))
attempt("split kw", lambda: s.split(sep=",", maxsplit="1"))
attempt("join nonstr", lambda: "".join([1, 2]))
attempt("replace args", lambda: s.replace("a"))
attempt("int parse", lambda: int(s))
attempt("float parse", lambda: float(s))
attempt("decode str", lambda: s.decode())
attempt("format bad", lambda: format(s, "d"))
attempt("format width", lambda: format(s, "=5"))
attempt("ord long", lambda: ord(s))
attempt("unhashable in", lambda: [] in s)
attempt("zfill", lambda: s.zfill("5"))
attempt("count", lambda: s.count())
attempt("startswith int", lambda: s.startswith(1))
attempt("strip int", lambda: s.strip(1))
attempt("ok slice", lambda: s[1:100])
