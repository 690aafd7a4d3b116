# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {pos} out of range")
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, value):
        self[pos]
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for r in range(self.h):
            yield "".join(self[r, c] for c in range(self.w))

g = Grid(3, 2)
g[0, 1] = "X"
g[1, 2] = "O"
print(len(g), g[0, 1], g[1, 1], "X" in g, "Z" in g)
print(list(g))
del g[0, 1]
print(list(g), "X" in g)
try:
    g[5, 5] = "!"
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[0, 0]
except KeyError as e:
    print(type(e).__name__, e)

class Squares:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(10))]
        if i >= 10:
            raise IndexError("too far")
        return i * i

sq = Squares()
print(sq[3], sq[2:5], sq[::3], 49 in sq, 50 in sq, list(sq)[:4])
for v in sq:
    if v > 10:
        break
print("first square over 10:", v)

class Sized:
    def __len__(self):
        return 0

print(bool(Sized()), len(Sized()))

class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
