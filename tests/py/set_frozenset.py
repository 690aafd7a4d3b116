# frozenset: immutable, hashable, usable as dict keys and set members.
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__)
print(f == {1, 2, 3}, f == frozenset({3, 2, 1}), hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.remove(1)
except AttributeError as e:
    print(type(e).__name__, e)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(x) for x in nested))
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset({"b", "a"})], frozenset({"c"}) in groups)
g = f
g |= {100}
print(sorted(f), sorted(g), f is g)
print(frozenset() == frozenset([]), frozenset("aab") == frozenset("ba"), bool(frozenset()))
print(sorted(f.union([7])), sorted(f.intersection({1, 5})), f.issubset(range(10)), f.copy() == f)
print(sorted(frozenset(range(3)) ^ frozenset(range(2, 5))))
print(frozenset({5}), repr(frozenset({"x"})))
