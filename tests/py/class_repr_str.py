# __repr__ and __str__: which one print/str/repr/f-strings/containers use.
class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

class StrOnly:
    def __str__(self):
        return "StrOnly-str"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r} {s}", "%s %r" % (b, b), "{} {!r}".format(b, r))
print([str(b)], str([b]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

print(Point(1, 2), [Point("a", 2.5)], repr(Point(None, [1])))

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Node({self.value})"
        return f"Node({self.value}, {self.children})"

print(Node(1, [Node(2), Node(3, [Node(4)])]))

class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class Derived(Point):
    pass

print(Derived(0, 0))
