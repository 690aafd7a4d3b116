from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace, asdict


@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.value = self.value * factor


print(Scaled(3), Scaled(3, 10), [f.name for f in fields(Scaled)], replace(Scaled(2), factor=5))


@dataclass
class Opts:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Opts("a"), Opts("b", verbose=True, level=3))
try:
    Opts("c", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


print(K(a=1), K(b=5, a=0))
try:
    K()
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    x: int
    y: int = field(default=0, kw_only=True)
    z: int = 5


print(Mixed(1, 2, y=3), Mixed(1))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


print(sorted([Card(3, "h"), Card(1, "s")]), Card(1, "a") == Card(1, "b"), hash(Card(1, "a")) == hash(Card(1, "b")))


@dataclass
class Counter:
    count: int = 0

    def bump(self):
        self.count += 1
        return self


c = Counter().bump().bump()
print(c, asdict(c), Counter.__match_args__, Counter.__eq__(c, 5))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Tree:
    children: list = field(default_factory=list)
    label: str = "t"


t = Tree([Tree(label="leaf")])
print(t, asdict(t))
print(Tree.label, hasattr(Tree, "children"))
