# Tuples: construction, the one-element comma, methods, immutability, concatenation.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t).__name__)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
single = 5,
print(single, type(single).__name__, len(single))
print(t + (4,), t * 2, 2 * t, (0,) * 3, t * 0)
print(t.count(2), t.index(3), (1, 2, 1, 1).count(1), (1, 2, 1).index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
mutable_inside = ([1], [2])
mutable_inside[0].append(99)
print(mutable_inside)
try:
    mutable_inside[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(mutable_inside)
x = t
x += (4,)
print(t, x, t is x)
print(2 in t, 9 not in t, max(t), min(t), sum(t), sorted((3, 1, 2)))
print(repr((1, "a", None)), str(("x",)), ((1, 2), (3,)))
