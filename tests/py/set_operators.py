# Set algebra with operators and methods, results sorted for stable output.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (8,), [7])), sorted(a.intersection(range(3), [2, 3])), sorted(a.difference([1], {2})))
print(a <= a, a < a, {1, 2} < a, {1, 2} <= a, a >= {1}, a > {1}, a > a)
print({1, 2}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint([4]))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset(), {1} < {2})
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 7}
print(sorted(c))
d = set(a)
d.update([20], {21})
d.intersection_update({1, 20, 21, 99})
d.difference_update([21])
d.symmetric_difference_update({1, 5})
print(sorted(d))
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(a - a), len(a & set()), sorted(set() | a))
