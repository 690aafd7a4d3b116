# Iterating tuples, tuple membership, zip/enumerate produce tuples.
colors = ("red", "green", "blue")
for c in colors:
    print(c, len(c))
print(list(enumerate(colors)), list(zip(colors, range(3))))
print([type(x).__name__ for x in zip(colors, colors)])
print("green" in colors, "pink" in colors, colors.index("blue"))
pairs = ((1, "one"), (2, "two"))
lookup = dict(pairs)
print(lookup, tuple(lookup.items()), tuple(lookup))
acc = ()
for i in range(4):
    acc += (i,)
print(acc)
it = iter((10, 20))
print(next(it), next(it), next(it, "end"))
print(tuple(reversed(colors)), sorted(colors), max(colors, key=len))
a, b, c = colors
print(c, b, a)
