# Instance attributes as the attribute cache and the per-class slot layout see them:
# set, read, rebind, delete and shadow through the same code sites, many names,
# subclasses sharing methods, and classes changed after the caches were filled.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def describe(self):
        return "point"


def read_x(p):
    return p.x


def read_xy(p):
    return p.x, p.y


pts = [Point(i, -i) for i in range(5)]
print([read_x(p) for p in pts])
print(sum(p.norm1() for p in pts))

# Rebinding and deleting through a site the cache has seen.
p = pts[2]
p.x = 100
print(read_x(p), read_xy(p))
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)
p.x = 7
print(read_x(p))

# An instance attribute shadows a method once set, and stops when deleted.
q = Point(1, 2)
print(q.describe())
q.describe = lambda: "own"
print(q.describe())
print(Point(0, 0).describe())
del q.describe
print(q.describe())


# Subclasses share the base's code; each class numbers its own names.
class Point3(Point):
    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)

    def norm1(self):
        return super().norm1() + abs(self.z)


mixed = [Point(1, 2), Point3(1, 2, 3), Point(-1, -1), Point3(0, 0, -5)]
print([m.norm1() for m in mixed])
print([read_xy(m) for m in mixed])
print([getattr(m, "z", None) for m in mixed])


# Many names: past what one class numbers, the rest are kept by name.
class Bag:
    pass


bag = Bag()
for i in range(150):
    setattr(bag, "a%d" % i, i * i)
print(sum(getattr(bag, "a%d" % i) for i in range(150)))
print(hasattr(bag, "a149"), hasattr(bag, "a150"))
for i in range(0, 150, 3):
    delattr(bag, "a%d" % i)
print(sum(getattr(bag, "a%d" % i, 0) for i in range(150)))
other = Bag()
other.a120 = "x"
print(other.a120, hasattr(other, "a1"))


def method(self):
    return "method"


Bag.late = method
print(bag.late())
bag.late = lambda: "own late"
print(bag.late(), other.late())


# A class changed after its instances were read: a property added later wins over the
# instance attribute, as in CPython (a data descriptor on the class).
class Box:
    def __init__(self, v):
        self.v = v


def get_v(b):
    return b.v


boxes = [Box(1), Box(2)]
print([get_v(b) for b in boxes])
Box.v = property(lambda self: "prop")
print([get_v(b) for b in boxes])
del Box.v
print([get_v(b) for b in boxes])


# A class with __setattr__ defined after instances were written.
class Logged:
    def __init__(self):
        self.n = 0


def bump(o):
    o.n = o.n + 1


lg = Logged()
bump(lg)
bump(lg)
print(lg.n)
Logged.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
bump(lg)
print(lg.n)
