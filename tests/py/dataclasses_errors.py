# dataclasses errors with CPython's messages, and the generated methods' edge cases:
# field() options, __post_init__, frozen, order, asdict/astuple/replace/fields.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError


def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


def non_default_after_default():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def mutable_list():
    @dataclass
    class Bad:
        items: list = []


def mutable_dict():
    @dataclass
    class Bad:
        items: dict = {}


def mutable_set():
    @dataclass
    class Bad:
        items: set = set()


def both_defaults():
    return field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def field_without_annotation():
    @dataclass
    class Bad:
        a = field(default=1)


def overwrite_order():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class Base:
        a: int

    @dataclass(frozen=True)
    class Child(Base):
        b: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        a: int

    @dataclass
    class Child(Base):
        b: int


for label, thunk in [('non-default', non_default_after_default), ('list', mutable_list), ('dict', mutable_dict),
                     ('set', mutable_set), ('both', both_defaults), ('order', order_without_eq),
                     ('annotation', field_without_annotation), ('overwrite', overwrite_order),
                     ('frozen-from-plain', frozen_from_plain), ('plain-from-frozen', plain_from_frozen)]:
    attempt(label, thunk)


@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, compare=False)
    secret: str = field(default='x', repr=False)
    count: int = field(default=0, init=False)


attempt('missing', lambda: Item())
attempt('too many', lambda: Item('a', 1, [], 'x', 5))
attempt('unknown kw', lambda: Item('a', colour='red'))
attempt('twice', lambda: Item('a', name='b'))
attempt('init=False kw', lambda: Item('a', count=3))
a, b = Item('apple', 1.5, ['fruit']), Item('apple', 1.5, ['other'])
print(a, a == b, a < Item('banana'), a <= b, a > Item('aardvark', 9), sorted([Item('b'), Item('a', 2), Item('a', 1)]))
attempt('compare other', lambda: a < 5)
print(a == ('apple', 1.5), a != b, a.tags is not b.tags, Item('z').tags == [], hash(Item) is not None)
attempt('hash', lambda: hash(a))
print(asdict(a), astuple(a), [f.name for f in fields(a)], [f.name for f in fields(Item)])
print(replace(a, price=2.0), replace(a).tags is a.tags)
attempt('replace init=False', lambda: replace(a, count=1))
attempt('replace unknown', lambda: replace(a, colour='red'))
attempt('asdict class', lambda: asdict(Item))
attempt('astuple plain', lambda: astuple(5))
attempt('fields plain', lambda: fields(5))
attempt('replace plain', lambda: replace(5))


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def __post_init__(self):
        if self.x < 0:
            raise ValueError('x must be >= 0')


p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), {p: 'ok'}[Point(1, 2)], Point(3) == Point(3, 0))
attempt('assign', lambda: setattr(p, 'x', 5))
attempt('assign new', lambda: setattr(p, 'z', 5))
attempt('delete', lambda: delattr(p, 'y'))
attempt('post_init', lambda: Point(-1))
print(isinstance(FrozenInstanceError(), AttributeError), replace(p, y=9))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    label: str = field(default='', repr=False, compare=False)


root = Node(1)
root.children.append(Node(2, label='leaf'))
print(root, asdict(root)['children'][0]['value'], astuple(Node(5, [Node(6)])))
print(dataclasses.is_dataclass(root), dataclasses.is_dataclass(Node), dataclasses.is_dataclass(5), Node.__match_args__)


@dataclass(eq=False, repr=False, init=False)
class Bare:
    a: int = 1


bare = Bare()
print(bare.a, bare == Bare(), repr(bare).startswith('<'), Bare.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(hash=False, default_factory=list)


print(hash(Hashed(1)) == hash(Hashed(1, [2])), Hashed(1) == Hashed(1, [2]))
f = fields(Item)[1]
print(f.name, f.type, f.default, f.default_factory is dataclasses.MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(dataclasses.MISSING is not None, type(dataclasses.field()).__name__)


# A class's own __delattr__ runs for del and delattr(), and super() reaches object's.
class Logged:
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)


a = Logged()
a.x = 1
del a.x
print(hasattr(a, 'x'))
try:
    del a.y
except AttributeError as e:
    print('AttributeError', e)
delattr(a, 'y') if hasattr(a, 'y') else print('no y')
