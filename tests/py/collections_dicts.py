from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, dd['a'], len(dd))
print('c' in dd, dd.get('c'), len(dd))
print(dd.default_factory)
counts = defaultdict(int)
for w in 'one two one three one'.split():
    counts[w] += 1
print(counts, dict(counts))
plain = defaultdict()
print(plain)
try:
    plain['x']
except KeyError as e:
    print('KeyError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
dd2 = dd.copy()
dd2['z'].append(0)
print(sorted(dd2), sorted(dd), isinstance(dd, dict))
print(defaultdict(set, {'k': {1}}))
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od), od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(), OrderedDict([('x', 1)]))
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b)
print(list(reversed(a)), OrderedDict.fromkeys('ab', 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(a | {'z': 0})
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm)
cm['c'] = 4
print(cm, cm.maps[0])
child = cm.new_child()
child['a'] = 100
print(child['a'], child.parents['a'], cm.get('zz', 'dflt'))
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
print(dict(cm.items()))
od = OrderedDict()
od['x'] = od
print(repr(od))
dd = defaultdict(list)
dd['x'] = dd
print(repr(dd))
od = OrderedDict([('a', 1), ('b', 2)])
print(od.keys(), od.values(), od.items(), len(od.keys()), 'a' in od.keys(), ('a', 1) in od.items())
print(list(reversed(od.keys())), sorted(od.keys() & {'a', 'z'}), od.keys() == {'a', 'b'}, list(od.values()))
for k, v in od.items():
    print(k, v)
