# Mutation during iteration (deque, OrderedDict and its views), Counter with float and
# negative counts, defaultdict factories, deque index errors, namedtuple as a tuple,
# ChainMap layering.
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple, ChainMap
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
o = OrderedDict(a=1, b=2)
try:
    for k in o:
        o['z'] = 0
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for k in o.keys():
        del o['a']
except RuntimeError as e:
    print('RuntimeError', e)
c = Counter({'a': 1.5, 'b': -2})
print(c, c.total(), +c, c.most_common(1))
c2 = Counter(x=3)
c2['y'] += 1
print(c2, list(c2.elements()), c2 + Counter(x=-3))
dd = defaultdict(lambda: 'd', x=1)
print(dd['q'], dict(dd), dd.default_factory())
print(deque([3, 1, 2]).index(2), deque('abc').remove('b') is None)
dq = deque(maxlen=3)
for i in range(6):
    dq.append(i)
print(dq, dq[0], dq[-1], len(dq), dq.maxlen)
try:
    deque().rotate(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    deque([1])[1] = 5
except IndexError as e:
    print('IndexError', e)
try:
    del deque()[0]
except IndexError as e:
    print('IndexError', e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print('IndexError', e)
print(deque([1, 2]) * 2, deque([1]) == [1], deque([1, 2]) <= deque([1, 2]), deque() or 'empty')
P = namedtuple('P', 'a b')
print(P(1, 2) + (3,), P(1, 2) * 2, P._make('xy'), P(*'ab')._replace(b='c'), P(a=1, b=2) == P(1, 2))
print(ChainMap({'a': 1}).new_child({'b': 2}), ChainMap({'a': 1}, {'b': 2}).parents, len(ChainMap({'a': 1}, {'a': 2})))
cm = ChainMap({}, {'x': 1})
cm['y'] = 2
print(cm.maps, 'x' in cm, cm.get('z', 0), list(cm), dict(cm.items()))
