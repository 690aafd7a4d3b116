# dataclasses.make_dataclass: plain names, (name, type) and (name, type, field) specs,
# bases, a namespace of methods, decorator options, and its validation errors.
from dataclasses import make_dataclass, field, fields, asdict, FrozenInstanceError

P = make_dataclass('P', ['x', ('y', int), ('z', list, field(default_factory=list))],
                   namespace={'total': lambda self: self.x + self.y}, frozen=True)
p = P(1, 2)
print(p, p.total(), P.__name__, P.__qualname__, P.__module__, P.__annotations__)
print([f.name for f in fields(P)], asdict(p), P(1, 2) == p)
try:
    p.x = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
Q = make_dataclass('Q', [('a', int, 5), ('b', str, 'b')], order=True)
print(Q(), Q(1) < Q(2), sorted([Q(3), Q(1, 'z'), Q(1, 'a')]), Q.__match_args__)
Base = make_dataclass('Base', [('id', int)])
Child = make_dataclass('Child', [('name', str, 'n')], bases=(Base,))
print(Child(7), isinstance(Child(1), Base), make_dataclass('Empty', [])(), repr(make_dataclass('E', [])))
K = make_dataclass('K', [('a', int), ('b', int, 0)], kw_only=True)
print(K(a=1), K(b=2, a=3))
for bad in [lambda: make_dataclass('Bad', [1]), lambda: make_dataclass('Bad', ['a', 'a']),
            lambda: make_dataclass('Bad', ['def']), lambda: make_dataclass('Bad', [('a', int, 1, 2)]),
            lambda: make_dataclass('Bad', ['1a']), lambda: make_dataclass('Bad', [(5, int)]),
            lambda: make_dataclass('Bad', [('a', int, 1), ('b', int)]), lambda: K(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
