# Less common behaviour of the collections classes: defaultdict's __missing__ and
# factories, deque bounded at both ends and its copies, Counter with zero and negative
# counts, OrderedDict order-sensitive equality and views, namedtuple introspection.
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple

tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), 'x' in t, len(t), t.get('zz'), 'zz' in t)
dd = defaultdict(list)
dd['k'].append(1)
dd.setdefault('j', []).append(2)
print(sorted(dd.items()), dd.pop('k'), dd.__missing__('new'), sorted(dd))


class Fallback(defaultdict):
    def __missing__(self, key):
        return key * 2


fb = Fallback(int)
print(fb['ab'], dict(fb), repr(Fallback(None, {1: 2})))
nd = defaultdict(None, a=1)
try:
    nd['missing']
except KeyError as e:
    print('KeyError', e)
nd.default_factory = str
print(repr(nd['m']), nd, defaultdict(int, [('x', 1)]) == {'x': 1}, isinstance(dd, dict))
print(repr(defaultdict(lambda: 0)).startswith('defaultdict(<function <lambda> at '))

q = deque(range(10), maxlen=4)
print(q, q.maxlen)
q.appendleft(-1)
print(q)
q.extendleft([100, 200])
print(q, q.pop(), q.popleft(), q)
r = q.copy()
r.append('new')
print(q, r, r.maxlen, deque(r) == r, deque(r, 2))
q.clear()
print(q, len(q), bool(q), deque([1, 2, 3]).index(3, -1))
big = deque(range(6))
big.rotate(2)
print(big)
big.rotate(-3)
print(big, big[2], big[-2])
big[0] = 'first'
del big[-1]
big.remove(3)
big.reverse()
print(big, big.count(1), list(big), tuple(big))
both = deque([1, 2])
both += both
print(both, both * 0, 2 * deque('ab'))

c = Counter(a=2, b=0, c=-1)
print(c, +c, -c, c.total(), list(c.elements()), sorted(c))
c.update({'a': 1, 'd': 2})
c.update(['a', 'e'])
c.update(z=3)
print(c, c.most_common(3))
c.subtract({'z': 5})
del c['b']
del c['never']
print(c, c['z'], len(c))
print(Counter('abc') + Counter('cd'), Counter('aab') - Counter('abbb'), Counter(x=-2) + Counter())
inplace = Counter(a=1, b=-2)
inplace += Counter()
print(inplace)
inplace = Counter(a=3, b=2)
inplace -= Counter(a=1, b=5)
print(inplace)
inplace |= Counter(c=1)
inplace &= Counter(a=1, c=4)
print(inplace, Counter('hello') == Counter('olleh'), Counter(a=0) == Counter())

o = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
print(list(o.keys()), list(o.values()), list(o.items()), list(reversed(o.items())), list(reversed(o.values())))
print(o.keys() == {'x', 'y', 'z'}, 'x' in o.keys(), ('x', 1) in o.items(), o.keys() & {'y', 'q'})
o2 = OrderedDict([('z', 3), ('y', 2), ('x', 1)])
print(o == o2, dict(o) == dict(o2), o != o2, o == dict(o2), o | {'w': 0}, {'w': 0} | o)
o['x'] = 10
o.update(y=20)
print(o, o.pop('z'), o.setdefault('n', 5), o, o.copy() == o)

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x + p.y, p[0], p[-1], p[:1], len(p), list(p), p._fields, Point._fields)
print(p._replace(x=10), p._asdict(), Point._make([5, 6]), p == (3, 4), p < Point(3, 5), hash(p) == hash((3, 4)))
x, y = p
print(x, y, p.count(3), p.index(4), isinstance(p, tuple), type(p).__name__, Point.__doc__, Point.x.__doc__)
Three = namedtuple('Three', 'a, b, c', defaults=(2, 3))
print(Three(1), Three(1, c=9), Three._field_defaults, Three(*range(3)), repr(Three(a=0)))
Sub = namedtuple('Sub', Point._fields + ('z',))
print(Sub(1, 2, 3), Sub.__name__, [f for f in Sub._fields])
