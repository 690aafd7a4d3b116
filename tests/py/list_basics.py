# List construction, len, in, concatenation, repetition, comparison, and iteration.
print([], [1], [1, "two", 3.0, None, [4]], list(), list("abc"), list(range(3)), list((1, 2)))
print(list({"a": 1, "b": 2}), list(x * 2 for x in range(3)))
a = [1, 2, 3]
print(len(a), len([]), len([[]]), 2 in a, 5 in a, 5 not in a, [] in [[]])
print(a + [4, 5], a * 2, 2 * a, a * 0, a * -1, [0] * 5)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print([1, "a"] == [1, "a"], [1, [2, 3]] < [1, [2, 4]])
print(max([3, 7, 2]), min([3, 7, 2]), sum([1.5, 2.5]), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
for i, v in enumerate(["x", "y"]):
    print(i, v)
total = 0
for v in [10, 20, 30]:
    total += v
print(total)
a[0] = "first"
a[-1] = "last"
print(a)
print(len(a), a.count(2))
try:
    [1, 2] + (3,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
print(bool([]), bool([0]), [] == False, not [])
