# A dict's keys and items views are set-like: -, &, | and ^ take any iterable on
# either side, and isdisjoint any iterable. A values view is not set-like.
d = {'a': 1, 'b': 2, 'c': 3}
print(sorted(d.keys() - ['a']), sorted(d.keys() & ['a', 'z']), sorted(d.keys() | ['z']), sorted(d.keys() ^ ['a', 'z']))
print(sorted(['a', 'q'] - d.keys()) if False else '', sorted({'a', 'q'} - d.keys()), sorted(('a',) | d.keys()))
print(sorted(d.items() - [('a', 1)]), sorted(d.items() & {('b', 2)}))
print(d.keys().isdisjoint(['x']), d.keys().isdisjoint('a'), d.items().isdisjoint([('a', 1)]))

try:
    d.values() - [1]
except TypeError as e:
    print("TypeError:", e)
try:
    d.keys() - 5
except TypeError as e:
    print("TypeError:", e)
