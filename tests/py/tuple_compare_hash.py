# Tuple comparison is lexicographic; tuples of hashables are hashable and work as keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), max([(1, "z"), (2, "a"), (1, "zz")]))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (2, "x"))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1, -2)), hash(((1, 2), (3, 4))))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
visited = {(0, 0), (0, 1), (0, 0)}
print(len(visited), sorted(visited))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): "x"}
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for pair in [(1, 2), (2, 1), (1, 2), (1, 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([(3, 1), (1, 3), (2, 2)], key=lambda t: t[1]))
