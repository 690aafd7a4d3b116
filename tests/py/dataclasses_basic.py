from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import List, Optional, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=9))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 1}), ((1,), {'x': 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    owner: Optional[str] = None
    count: int = field(default=0, repr=False, compare=False)
    tag: ClassVar[str] = "inv"


a = Inventory()
b = Inventory()
a.items.append("x")
print(a, b, a.items is b.items, Inventory.tag, len(fields(a)))
print(Inventory(count=5) == Inventory(count=7))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: str = "a"


f = Frozen(1)
try:
    f.x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(f) == hash((1, "a")), f, {f: 1}[Frozen(1, "a")])


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2, 1), Version(1, 5), Version(2, 0)]))
print(Version(1) < Version(1, 1), Version(3) >= Version(2, 9))
try:
    Version(1) < 2
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5

    def __post_init__(self):
        self.total = self.a * 2


ch = Child(3)
print(ch, ch.total, [f.name for f in fields(Child)], asdict(ch))


@dataclass
class Nested:
    inner: Point
    pts: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


n = Nested(Point(1, 1), [Point(2, 2)], {"k": Point(3, 3)})
print(asdict(n))
print(astuple(n))


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), hash(Plain(1)) is not None)


@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: int = field(default=0, compare=False)


print(hash(Hashy(1, 2)) == hash((1,)))


@dataclass(repr=False)
class NoRepr:
    v: int

    def __repr__(self):
        return "custom"


print(NoRepr(1))


@dataclass
class WithInit:
    v: int
    calc: int = field(init=False, default=10)


w = WithInit(4)
print(w, w.calc)
try:
    replace(w, calc=3)
except ValueError as e:
    print("ValueError:", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Node:
    val: int
    nxt: "Optional[Node]" = None


n1 = Node(1)
n1.nxt = n1
print(n1)
print(Point.__annotations__, Node.__annotations__)
print(repr(fields(Point)[0].default) == repr(fields(Point)[0].default_factory))
Frozen(1).x = 3
