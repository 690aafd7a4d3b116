# Sorting lists: key, reverse, stability, sorted() vs list.sort(), mixed-type errors.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("ann", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_desc = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name_desc, key=lambda r: r[1]))
nums = [5, -3, 2, -8, 0, 7]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3.5, 1, 2.25]), sorted([True, False, 2, -1]))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((5, 4)), sorted([]))
for bad in [[1, "a"], [None, 1], [[1], (1,)]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
stable = sorted([(i % 3, i) for i in range(12)], key=lambda p: p[0])
print(stable)
original = [3, 1, 2]
result = sorted(original)
print(original, result, original is result)
