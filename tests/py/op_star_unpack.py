# Star and double-star unpacking in displays and calls.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*"ab", *range(2), *{"k": 0}])
print(*a, *b)
print(*a, sep="-")
print(*[], "only")
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "y": 0}, {"y": 0, **d1})

def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show(*a))
print(show(*a, *b, 5))
print(show(**d1))
print(show(0, *a, k=1, **d2))
print(show(*"xyz", **{"q": None}))
t = *a, 9
print(t)
first, *others = *a, *b
print(first, others)
print(max(*a, *b), min(*[[5, 1], [0]]), sum([*a, *b]))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [x for sub in nested for x in sub])
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
