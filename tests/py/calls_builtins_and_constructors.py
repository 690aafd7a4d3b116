# Builtin calls and the commonest constructions (a Python class with object.__new__
# and a plain __init__) take shortcuts in the VM; they must behave as any call does.
import math


def attempt(f):
    """Prints what f() gives (unless None), or the exception it raises."""
    try:
        r = f()
        if r is not None:
            print(r)
    except Exception as e:
        print(type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Loud:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v


class Returns:
    def __init__(self):
        return 3


class Defaults:
    def __init__(self, a, b=2, *rest, **kw):
        self.t = (a, b, rest, sorted(kw))


class Nested:
    def __init__(self, depth):
        self.child = Nested(depth - 1) if depth else None


class NewOverride:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by_new = args
        return obj

    def __init__(self, a):
        self.a = a


class NoInit:
    pass


class InitWithClosure:
    def __init__(self, n):
        self.f = lambda: n * 2


def main():
    pts = [Point(i, i * i) for i in range(5)]
    print([(p.x, p.y) for p in pts], type(pts[0]).__name__)
    total = 0
    for i in range(200):
        total += len(str(i)) + abs(-i) + max(i, 3) + min(i, 7)
    print(total)
    words = []
    for w in "a bb ccc dddd".split():
        words.append(w.upper())
    print(words, math.sqrt(16.0), math.floor(2.5))
    d = {}
    for i in range(10):
        d[i % 3] = d.get(i % 3, 0) + i
    s = set()
    for i in range(10):
        s.add(i % 4)
    print(d, sorted(s))
    print(sorted([3, 1, 2], key=lambda v: -v), list(map(abs, [-1, -2])))
    for v in (1, -1):
        attempt(lambda: Loud(v).v)
    attempt(Returns)
    print(Defaults(1).t, Defaults(1, 5, 6, 7, k=1).t)
    attempt(lambda: Point(1))
    attempt(lambda: Point(1, 2, 3))
    n = Nested(30)
    depth = 0
    while n.child is not None:
        n = n.child
        depth += 1
    print(depth)
    o = NewOverride(5)
    print(o.a, o.made_by_new)
    print(type(NoInit()).__name__)
    attempt(lambda: NoInit(1))
    print(InitWithClosure(21).f())
    attempt(lambda: len(1))
    attempt(lambda: len())
    m = math.sqrt
    print(m(9.0), [].append.__name__)


main()

