# Default equality is identity; objects are truthy; default hash lets objects be keys.
class Thing:
    def __init__(self, v):
        self.v = v

a, b = Thing(1), Thing(1)
print(a == b, a != b, a == a, a is a, bool(a))
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])
print(a in [b], a in [a], [a].count(b))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([a, b])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([b, a], key=lambda t: t.v)[0].v)

class WithEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  __eq__ called")
        return self.v == other.v

x, y = WithEq(1), WithEq(1)
print(x == y)
print(x != y)
print(x is y)
print([x] == [x])
