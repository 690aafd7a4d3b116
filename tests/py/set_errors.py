# Error messages specific to sets and frozensets.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("remove missing", lambda: {1}.remove("x"))
attempt("pop empty", lambda: set().pop())
attempt("unhashable list", lambda: {1, [2]})
attempt("unhashable dict", lambda: set([{}]))
attempt("unhashable set", lambda: {frozenset(), set()})
attempt("add unhashable", lambda: set().add([1]))
one = {1}
attempt("index", lambda: one[0])
attempt("plus", lambda: {1} + {2})
attempt("or list", lambda: {1} | [2])
attempt("sub tuple", lambda: {1} - (1,))
attempt("frozen add", lambda: frozenset().add(1))
attempt("set of int", lambda: set(5))
attempt("in list unhashable", lambda: [1] in {1})
attempt("ok", lambda: sorted({2, 1}))
