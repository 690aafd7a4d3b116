# CPython's error messages for list misuse.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

lst = [1, 2, 3]
attempt("index", lambda: lst[3])
attempt("neg index", lambda: lst[-4])
attempt("str index", lambda: lst["0"])
attempt("float index", lambda: lst[1.0])
attempt("none index", lambda: lst[None])
attempt("remove", lambda: lst.remove(9))
attempt("index()", lambda: lst.index(9))
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: lst.pop(10))
attempt("concat tuple", lambda: lst + (1,))
attempt("concat int", lambda: lst + 1)
attempt("mul list", lambda: lst * lst)
attempt("hash", lambda: hash(lst))
attempt("dict key", lambda: {lst: 1})
attempt("set member", lambda: {lst})
attempt("lt mixed", lambda: [1, 2] < [1, "x"])
attempt("attr", lambda: lst.push(1))
attempt("call", lambda: lst())
attempt("int()", lambda: int(lst))
attempt("sort mixed", lambda: sorted([2, "1"]))
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("ok", lambda: lst[1:])
