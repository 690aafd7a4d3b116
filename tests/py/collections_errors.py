# Argument errors and edge cases of deque, Counter, defaultdict, OrderedDict, namedtuple
# and ChainMap, with CPython's messages.
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap

d = deque([1, 2, 3], maxlen=3)
P = namedtuple('P', 'x y', defaults=[0])
cases = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1]).remove(2),
    lambda: deque([1]).index(2),
    lambda: deque([1, 2, 3]).index(3, 0, 2),
    lambda: deque([1])[5],
    lambda: deque([1])['a'],
    lambda: deque(maxlen=-1),
    lambda: deque(maxlen='3'),
    lambda: deque(5),
    lambda: deque([1, 2], 3, 4),
    lambda: d.insert(0, 9),
    lambda: deque([1]).rotate('x'),
    lambda: deque([1]) + [2],
    lambda: deque([1]) < [2],
    lambda: hash(deque()),
    lambda: deque([1]).maxlen.__class__,
    lambda: setattr(d, 'maxlen', 5),
    lambda: deque([1]) * 'x',
    lambda: deque([1, 2])[1:],
    lambda: Counter(5),
    lambda: Counter('ab') + 'x',
    lambda: Counter('ab') - {'a': 1},
    lambda: Counter('ab').most_common('x'),
    lambda: Counter(a=1).update(5),
    lambda: Counter(a=1) < 5,
    lambda: Counter.fromkeys('abc'),
    lambda: Counter('a', 'b'),
    lambda: defaultdict(5),
    lambda: defaultdict()['missing'],
    lambda: defaultdict(list, 5),
    lambda: OrderedDict(a=1).move_to_end('b'),
    lambda: OrderedDict().popitem(),
    lambda: OrderedDict().popitem(last=False),
    lambda: OrderedDict(a=1).move_to_end(),
    lambda: OrderedDict([1, 2]),
    lambda: P(),
    lambda: P(1, 2, 3),
    lambda: P(1, z=2),
    lambda: P(1, x=2),
    lambda: P._make([1]),
    lambda: P._make([1, 2, 3]),
    lambda: P(1)._replace(z=5),
    lambda: P(1).z,
    lambda: setattr(P(1), 'x', 5),
    lambda: setattr(P(1), 'x', None),
    lambda: delattr(P(1), 'y'),
    lambda: OrderedDict({}, {}),
    lambda: OrderedDict().update({}, {}),
    lambda: OrderedDict([()]),
    lambda: OrderedDict([(1, 2, 3)]),
    lambda: OrderedDict(['ab', 'c']),
    lambda: deque(foo=1),
    lambda: deque(iterable=[1], maxlen=1),
    lambda: deque([1, 2, 3]).rotate(2.0),
    lambda: Counter('aab').most_common(-1),
    lambda: namedtuple('Q', 'a a'),
    lambda: namedtuple('Q', 'a _b'),
    lambda: namedtuple('Q', 'a def'),
    lambda: namedtuple('Q', 'a 1b'),
    lambda: namedtuple('1Q', 'a'),
    lambda: namedtuple('Q', 'a', defaults=[1, 2]),
    lambda: namedtuple('Q', ['a', 5]),
    lambda: ChainMap({})['k'],
    lambda: ChainMap({}, {'k': 1}).pop('k'),
    lambda: ChainMap({}).popitem(),
    lambda: ChainMap({'a': 1}, {'b': 2}).__delitem__('b'),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)

# Edge semantics that do work.
print(namedtuple('R', 'a def _c a', rename=True)._fields, namedtuple('S', ['x', 'y'], module='m').__module__)
print(P(1), P(1, 2)._asdict(), P._field_defaults, P(y=5, x=1), P._make(range(2)), P(1) == (1, 0))
print(deque([1, 2, 3], maxlen=2), deque('abc', 0), deque(range(5), maxlen=3).maxlen, deque().maxlen)
e = deque([1, 2, 3, 4, 5])
e.rotate(-7)
print(e, e.index(1), e.index(1, -3), e.count(3), 3 in e, e[-1], list(reversed(e)))
e.extendleft('ab')
e.insert(-1, 'z')
del e[0]
print(e, len(e), e == deque(e), e != list(e), deque([1, 2]) < deque([1, 3]), deque([1]) + deque([2]))
f = deque(maxlen=2)
f.extend([1, 2, 3])
f.appendleft(0)
f += [7]
print(f, f * 2, deque([1], maxlen=5) * 3)
c = Counter('mississippi')
print(c.most_common(2), c.most_common(0), c.most_common(-1), c.total(), sorted(c.elements()))
c.subtract('ssx')
print(c, +c, -c, c['zzz'], 'zzz' in c)
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) | Counter(a=3, b=1), Counter(a=2, b=2) & Counter(a=1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) > Counter(a=1), Counter() == {})
g = defaultdict(int, {'a': 1})
g['b'] += 2
print(g, g.default_factory, repr(defaultdict(None)), g.copy() == g, type(g | {'c': 3}).__name__)
o = OrderedDict.fromkeys('abcd')
o.move_to_end('a')
o.move_to_end('d', last=False)
print(o, o.popitem(), o.popitem(last=False), list(reversed(o)), o == OrderedDict([('b', None), ('c', None)]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(ChainMap({'a': 1}, {'a': 2, 'b': 3}), dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})), ChainMap().maps)
