from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]))
print(Point(y=7, x=8), hash(p) == hash((1, 2)))
print(Point.__name__, type(p).__name__, Point.__doc__)
P3 = namedtuple('P3', 'a b c')
print(P3(1, 2, 3), P3._fields)
P4 = namedtuple('P4', 'a, b')
print(P4(a=1, b=2))
R = namedtuple('R', ['ok', 'def', '_x', 'ok', '1y'], rename=True)
print(R._fields)
D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, c=9), D._field_defaults)
for bad in [('P', ['a', 'a']), ('P', ['_a']), ('P', ['class']), ('P', ['1a']), ('1P', ['a']), ('P', ['a-b'])]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('P', 'a', defaults=[1, 2])
except TypeError as e:
    print('TypeError', e)
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((), {'z': 1}), ((), {})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    P3(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    D()
except TypeError as e:
    print('TypeError', e)
try:
    D(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(p + (3,), p * 2, max(p), list(p), p.count(1), p.index(2))


class Named(namedtuple('NamedBase', 'name size')):
    def describe(self):
        return '%s:%d' % (self.name, self.size)


n = Named('f', 3)
print(n, n.describe(), n.size)
E = namedtuple('E', '')
print(E(), E._fields)
print({Point(1, 2): 'a'}[(1, 2)])
import collections
print(collections.deque, collections.Counter, collections.OrderedDict, collections.defaultdict, collections.ChainMap)
print(Point, type(collections.deque()))
