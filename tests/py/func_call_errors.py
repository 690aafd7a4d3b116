# CPython's messages for calls with wrong arguments.
def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

def h(*, key):
    return key

def attempt(label, call):
    try:
        print(label, call())
    except TypeError as e:
        print(label, "->", e)

attempt("missing one", lambda: f(1))
attempt("missing two", lambda: f())
attempt("too many", lambda: f(1, 2, 3))
attempt("unexpected kw", lambda: f(1, 2, z=3))
attempt("multiple values", lambda: f(1, a=2))
attempt("missing kwonly", lambda: g(1))
attempt("too many with kwonly", lambda: g(1, 2, 3, c=4))
attempt("kwonly positional", lambda: h(1))
attempt("missing kwonly only", lambda: h())

def three(a, b, c):
    pass

attempt("missing two of three", lambda: three(1))
attempt("missing three", lambda: three())

def noargs():
    return "ok"

attempt("noargs given one", lambda: noargs(1))
attempt("noargs kw", lambda: noargs(x=1))
attempt("ok", lambda: f(b=2, a=1))

class C:
    def method(self, x):
        return x

attempt("method missing", lambda: C().method())
attempt("method too many", lambda: C().method(1, 2))
attempt("unbound call", lambda: C.method(1))
attempt("lambda", lambda: (lambda x: x)())
attempt("builtin len", lambda: len())
attempt("builtin len 2", lambda: len([], []))
attempt("int kw", lambda: int(x=5))
nothing = None
attempt("not callable", lambda: nothing())
text = "abc"
attempt("str not callable", lambda: text())
