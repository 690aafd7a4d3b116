# range: arguments, negative steps, len, indexing, slicing, membership, reversed, equality.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0)), list(range(1, 0)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:3], r[::-1], list(r[::-1]), r[::2], len(range(0, 100, 7)))
print(7 in r, 8 in r, 19 in r, 20 in r, -1 in range(-5, 0), 3.0 in r)
print(r.index(11), r.count(11), r.count(12))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(2) == [0, 1])
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(repr(range(1, 5)), repr(range(0, 10, 2)), str(range(3)))
for bad in [lambda: range(1, 10, 0), lambda: range(1.5), lambda: range("3"), lambda: r[10], lambda: r.index(8)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), list(range(True, 3)))
for i in range(10, 0, -4):
    print(i, end=" ")
print()
