# Remaining set methods and their return values; sets of one element print directly.
s = {1}
print(s)
print(s.add(2), len(s), sorted(s))
print(s.remove(2), s)
print(s.discard(1), s)
print(s.update("ab"), sorted(s))
print(s.clear(), s)
print(sorted({1, 2}.union()), sorted({1, 2}.intersection()), sorted({1, 2}.difference()))
print(set().union({1}, {2}, [3]) == {1, 2, 3})
t = {5}
t.update()
t.update([], ())
print(t)
print(set("x") | set(), set() & {1}, {"k"} - set(), set([()]))
print({1, 2, 3}.isdisjoint(set()), set().issubset(set()), set() < set(), set() <= set())
print(set([1, 2]) == set([2, 1]) == frozenset([1, 2]))
print(max({3, 1, 2}), min({3, 1, 2}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
print(len(set(range(1000))), any({0, False}), all({1, True}), all(set()))
try:
    {1} .remove(2)
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {1}.update(5)
except TypeError as e:
    print(type(e).__name__, e)
