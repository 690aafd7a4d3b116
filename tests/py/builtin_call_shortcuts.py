# len, list.append, set.add, set.discard and dict.get have shortcuts for their common
# calls; every other call of them must behave as before (errors, subclasses, unbound
# calls, aliases).


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class L(list):
    pass


class D(dict):
    def __missing__(self, key):
        return "missing"


class S(set):
    pass


class Sized:
    def __len__(self):
        return 7


def main():
    a = []
    for i in range(5):
        a.append(i * i)
    print(a, len(a), len("héllo"), len({1: 2}), len(range(10)), len(Sized()))
    l = L()
    l.append(3)
    list.append(l, 4)
    print(l, type(l).__name__, len(l))
    attempt("append none", lambda: a.append())
    attempt("append two", lambda: a.append(1, 2))
    attempt("append kw", lambda: a.append(x=1))
    attempt("unbound append", lambda: list.append((), 1))
    attempt("unbound append int", lambda: list.append(5, 1))
    attempt("len two", lambda: len(a, a))
    attempt("len int", lambda: len(5))
    attempt("len none", lambda: len())
    d = {"a": 1}
    print(d.get("a"), d.get("b"), d.get("b", 0), d.get("a", 0))
    dd = D(a=1)
    print(dd.get("a"), dd.get("zz"), dd.get("zz", 5), dd["zz"])
    attempt("get none", lambda: d.get())
    attempt("get three", lambda: d.get(1, 2, 3))
    attempt("get unhashable", lambda: d.get([]))
    attempt("get unhashable default", lambda: d.get([], 1))
    attempt("unbound get", lambda: dict.get(d, "a"))
    attempt("unbound get list", lambda: dict.get([], "a"))
    attempt("unbound get list default", lambda: dict.get([], "a", 1))
    s = set()
    for i in range(10):
        s.add(i % 3)
    s.discard(1)
    s.discard(99)
    print(sorted(s))
    ss = S()
    ss.add(1)
    ss.discard(1)
    ss.add(2)
    print(ss, type(ss).__name__)
    attempt("add unhashable", lambda: s.add([]))
    attempt("discard unhashable", lambda: s.discard([]))
    attempt("discard set", lambda: {frozenset({1})}.discard({1}))
    attempt("add none", lambda: s.add())
    attempt("unbound add frozen", lambda: set.add(frozenset(), 1))
    attempt("unbound discard list", lambda: set.discard([], 1))
    g = d.get
    ap = a.append
    ap(100)
    print(g("a"), a[-1], list(map(len, ["ab", "c"])))


main()


class F(frozenset):
    pass


print(S([1]), S(), F([2]), F(), str(S([3])), f"{F([4])}", "%s" % (S([5]),))
