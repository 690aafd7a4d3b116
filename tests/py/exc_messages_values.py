# CPython messages for value, unpacking, lookup and type errors on builtins.
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

def unpack2(seq):
    a, b = seq

def unpack3(seq):
    a, b, c = seq

attempt("too many values", lambda: unpack2([1, 2, 3]))
attempt("not enough values", lambda: unpack3([1, 2]))
attempt("unpack int", lambda: unpack2(5))
attempt("unpack none", lambda: unpack2(None))
attempt("int parse", lambda: int("abc"))
attempt("int parse base 2", lambda: int("12", 2))
attempt("float parse", lambda: float("1.2.3"))
attempt("list index", lambda: [1][5])
attempt("tuple index", lambda: (1,)[5])
attempt("str index", lambda: "a"[5])
attempt("range index", lambda: range(3)[5])
attempt("dict key str", lambda: {}["name"])
attempt("dict key tuple", lambda: {}[(1, 2)])
attempt("list remove", lambda: [1].remove(2))
attempt("list index()", lambda: [1].index(2))
attempt("str index()", lambda: "abc".index("z"))
attempt("tuple index()", lambda: (1,).index(2))
attempt("compare int str", lambda: 1 < "a")
attempt("compare list int", lambda: [1] >= 1)
attempt("unhashable list", lambda: {[1]: 2})
attempt("unhashable dict in set", lambda: {{}})
attempt("add int str", lambda: 1 + "a")
attempt("add str int", lambda: "a" + 1)
attempt("add list str", lambda: [1] + "a")
attempt("sub str", lambda: "a" - "b")
attempt("mul str str", lambda: "a" * "b")
attempt("neg list", lambda: -[1])
attempt("chr range", lambda: chr(-5))
attempt("empty max", lambda: max([]))
attempt("pop empty list", lambda: [].pop())
attempt("pop empty dict", lambda: {}.popitem())
attempt("deque-like pop", lambda: [].pop(0))
attempt("bad slice step", lambda: [1, 2][::0])
