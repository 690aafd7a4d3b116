# Dict error messages.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"a": 1}
attempt("missing str", lambda: d["b"])
attempt("missing int", lambda: d[0])
attempt("missing tuple", lambda: d[(1, "x")])
attempt("missing none", lambda: d[None])
attempt("unhashable", lambda: d[["a"]])
attempt("unhashable set", lambda: d[{1}])
attempt("pop missing", lambda: d.pop("zz"))
attempt("popitem empty", lambda: {}.popitem())
attempt("add", lambda: d + d)
attempt("lt", lambda: d < d)
attempt("attr", lambda: d.a)
attempt("index int", lambda: d.keys()[0])
attempt("fromkeys non-iter", lambda: dict.fromkeys(5))
attempt("dict seq bad", lambda: dict(["ab", "cde"]))
attempt("update bad", lambda: d.update([1]))
attempt("ok", lambda: d.get("a"))
e = {1: 1}

def mutate():
    for k in e:
        e[k + 1] = 0

attempt("mutate", mutate)
print(e)

def shrink():
    f = {1: 1, 2: 2}
    for k in f:
        f.pop(k)

attempt("shrink", shrink)
