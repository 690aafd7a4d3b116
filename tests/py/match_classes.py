# match statement class patterns: the self-matching builtins (int, str, float, bool,
# list, dict, tuple, bytes...) with one positional sub-pattern matching the subject
# itself, isinstance semantics (bool is an int, a subclass matches its base), user
# classes with __match_args__, keyword attribute patterns, a missing attribute failing
# the case, dataclasses' automatic __match_args__, and object().
from dataclasses import dataclass, field


def builtin(v):
    match v:
        case bool(b):
            return "bool " + repr(b)
        case int(0) | float(0.0):
            return "numeric zero " + repr(v)
        case int(i) if i < 0:
            return "negative int " + repr(i)
        case int(i):
            return "int " + repr(i)
        case float(f):
            return "float " + repr(f)
        case str("") as s:
            return "empty str"
        case str(s):
            return "str " + s
        case bytes(b):
            return "bytes " + repr(b)
        case list([x, *_]):
            return "non-empty list starting " + repr(x)
        case list():
            return "empty list"
        case tuple((a, b)):
            return "pair tuple " + repr((a, b))
        case dict({"k": val}):
            return "dict with k " + repr(val)
        case dict(d):
            return "dict " + repr(d)
        case _:
            return "other " + type(v).__name__


for v in [True, False, 0, 0.0, -3, 7, 2.5, "", "hi", b"b", [4, 5], [], (1, 2), (1, 2, 3),
          {"k": 9}, {"j": 1}, None, range(1)]:
    print(builtin(v))

# bool() with no sub-patterns matches True and False; int() matches bools too.
for v in [True, 1, 1.0]:
    match v:
        case bool():
            print(repr(v), "is bool()")
        case int():
            print(repr(v), "is int()")
        case object():
            print(repr(v), "is object()")


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self):
        self.a = 1


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on the y axis at " + repr(y)
        case Point(x, 0):
            return "on the x axis at " + repr(x)
        case Point3(x, y, z=z):
            return "3d " + repr((x, y, z))
        case Point(x, y=yy) if x == yy:
            return "diagonal " + repr(x)
        case Point():
            return "somewhere"
        case Plain(a=1, missing=_):
            return "has missing?"
        case Plain(a=a):
            return "plain with a=" + repr(a)
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 3), Point3(0, 0, 9), Plain(), "Point", None]:
    print(where(p))



class Temp:
    __match_args__ = ("celsius", "label")

    def __init__(self, c):
        self.celsius = c

    @property
    def label(self):
        return "hot" if self.celsius > 25 else "mild"


# Attributes are looked up with getattr, so properties work in both spellings.
for t in [Temp(30), Temp(10)]:
    match t:
        case Temp(c, "hot"):
            print("hot at", c)
        case Temp(label=lab, celsius=c):
            print(lab, "at", c)

# An attribute that is missing on the instance just fails the case.
pt = Point(1, 2)
match pt:
    case Point(z=z):
        print("z?", z)
    case Point(x=1, y=2):
        print("x and y by keyword")


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)


@dataclass
class Sale(Item):
    pct: int = 10


for it in [Item("pen", 1.5), Item("book", 12.0, ["paper"]), Sale("mug", 4.0, [], 50),
           Sale("cup", 3.0)]:
    match it:
        case Sale(name, price, pct=50):
            print("half price", name, price / 2)
        case Item(name, price, [tag]):
            print("tagged", name, price, tag)
        case Item(n, tags=[]) if n == "cup":
            print("a cup on sale:", it.pct)
        case Item(name=n, price=float(p)):
            print("item", n, p)
