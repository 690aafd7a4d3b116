# Which objects can be keys; equal keys collapse (1, 1.0, True).
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "t", 1: "one"}
print(d2)
d3 = {0: "zero", False: "false", 0.0: "fz"}
print(d3)
keys = [42, -7, 3.5, "s", b"b", (1, 2), frozenset([1]), None, True, (), ("nested", (1,))]
m = {}
for k in keys:
    m[k] = type(k).__name__
print(len(m), m[42], m[(1, 2)], m[frozenset({1})], m[None], m[()])

class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(len(self.name))

    def __repr__(self):
        return f"Key({self.name!r})"

km = {Key("Alpha"): 1}
km[Key("ALPHA")] = 2
km[Key("beta")] = 3
print(km, Key("alpha") in km, Key("gamma") in km)

class NoHash:
    def __eq__(self, other):
        return True

try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass

p1, p2 = Plain(), Plain()
pm = {p1: "p1", p2: "p2"}
print(len(pm), pm[p1], pm[p2])
for bad in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        {bad: 0}
    except TypeError as e:
        print(type(e).__name__, e)
