# min/max with key/default/several args and errors; sum with start values.
print(max([3, 8, 1]), min([3, 8, 1]), max(3, 8, 1), min("hello"), max("a", "B"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([5], default=0), max((), key=abs, default=-1))
print(max([-7, 3, 5], key=abs), min([-7, 3, 5], key=lambda x: -x), max({"a": 3, "b": 9}, key=lambda k: {"a": 3, "b": 9}[k]))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([[2], [1, 5]]), max([(1, "a"), (1, "b")]))
print(max(x * x for x in range(-5, 3)), min(range(10, 0, -3)))
for bad in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max([1, "a"]),
            lambda: max(1, 2, default=0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.1, 0.2]), sum([[1], [2], [3]], []))
print(sum(((1,), (2,)), ()), sum(range(5), start=100), sum([True, True, False]), sum([1.5, 2], 0.5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, None])
except TypeError as e:
    print(type(e).__name__, e)
