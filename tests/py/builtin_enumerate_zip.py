# enumerate (with start) and zip (uneven lengths, many iterables, unzipping).
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-1)), list(enumerate([])))
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=100):
    print(i, a, b)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("abc", range(10), [True, False, None])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(dict(zip("abc", range(3))), list(zip(range(3), range(3, 6))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))))
keys, values = zip(*{"k1": 1, "k2": 2}.items())
print(keys, values)
z = zip("ab", "cd")
print(next(z), list(z), list(z))
print(list(zip([1, 2, 3], [4, 5, 6], strict=True)))
try:
    list(zip([1, 2, 3], [4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
