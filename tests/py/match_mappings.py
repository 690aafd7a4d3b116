# match statement mapping patterns: key lookup with extra keys ignored, `**rest` (a new
# dict of the unmatched keys, in order), nested mappings, non-mappings failing, value
# patterns and literals of several types as keys, and dict subclasses: defaultdict's
# __missing__ is never invoked (lookups go through .get), a subclass's own get is.
from collections import defaultdict, OrderedDict, Counter


def describe(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return "point %r,%r" % (x, y)
        case {"type": "circle", "r": r, **rest}:
            return "circle r=%r rest=%r" % (r, rest)
        case {"type": t}:
            return "some " + repr(t)
        case {}:
            return "a mapping without type, len " + str(len(v))
        case _:
            return "not a mapping: " + type(v).__name__


for v in [{"type": "point", "x": 1, "y": 2}, {"y": 2, "x": 1, "type": "point", "z": 3},
          {"type": "circle", "r": 5}, {"colour": "red", "type": "circle", "r": 5, "a": 0},
          {"type": "point", "x": 1}, {"type": None}, {}, {"k": 1}, [("type", "point")],
          "type", 7, None, OrderedDict(type="point", x=0, y=0), Counter("aab")]:
    print(describe(v))


class Keys:
    NAME = "name"
    ID = 10


def keys(v):
    match v:
        case {Keys.NAME: n, Keys.ID: i}:
            return "named %r id %r" % (n, i)
        case {1: a, -1: b}:
            return "ints %r %r" % (a, b)
        case {None: a}:
            return "None key " + repr(a)
        case {b"k": a, 2.5: c}:
            return "bytes and float keys %r %r" % (a, c)
        case {True: a}:
            return "True key " + repr(a)
        case _:
            return "no keys"


for v in [{"name": "x", 10: 1}, {"name": "x", 10.0: 2}, {1: "a", -1: "b"},
          {True: "t", -1: "m"}, {None: 0}, {b"k": 1, 2.5: 2}, {1: "only one"},
          {"name": "x"}, {(1, 2): 3}]:
    print(keys(v))

# Nested mappings and sequences inside mappings.
config = {"server": {"host": "h", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": host, "ports": [first_port, *other_ports]}, "debug": False}:
        print("host", host, "ports", first_port, other_ports)
match config:
    case {"server": {"host": str() as h}, **others}:
        print("host is a str", h, others)
match {"a": 1, "b": 2, "c": 3, "d": 4}:
    case {"c": c, "a": a, **rest}:
        print("a c", a, c, "rest", rest, type(rest).__name__)

# A missing key fails the case; a key present with value None still matches.
for v in [{"opt": None}, {}]:
    match v:
        case {"opt": None}:
            print("opt is None")
        case _:
            print("no opt")

# defaultdict: a missing key fails without calling __missing__ (nothing is inserted).
dd = defaultdict(list)
dd["here"].append(1)
match dd:
    case {"absent": x}:
        print("matched absent?", x)
    case {"here": [one], **rest}:
        print("here", one, "rest", rest, type(rest).__name__)
print(sorted(dd), len(dd))


class Loud(dict):
    def __missing__(self, key):
        print("__missing__ called for", repr(key))
        return "made up"


loud = Loud(a=1)
match loud:
    case {"b": b}:
        print("b", b)
    case {"a": a}:
        print("only a", a)
print(loud["zzz"])


class Tracing(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return dict.get(self, key, default)


match Tracing(x=1, y=2):
    case {"x": 1, "y": yy}:
        print("traced y", yy)
