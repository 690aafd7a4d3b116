# sorted() with key/reverse on many types; reversed() on sequences and user classes.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({3: 0, 1: 0}), sorted({5, 4}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([-3, 1, -2], key=abs), sorted(["B", "a", "C"], key=str.lower), sorted([(1, "b"), (1, "a")]))
print(sorted([], reverse=True), sorted(range(5), key=lambda x: x % 2))
print(sorted([0.5, -1, 2, True]), sorted("hello", reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed([])))

class Countdown:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return f"item{i}"

print(list(reversed(Countdown())))

class CustomReversed:
    def __reversed__(self):
        return iter(["custom", "order"])

print(list(reversed(CustomReversed())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r))
