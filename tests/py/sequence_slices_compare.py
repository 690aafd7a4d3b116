# Slicing lists (only the sliced items are copied; bounds may call __index__) and
# comparing and searching tuples in place, including a tuple whose items' __eq__ runs
# Python code.
xs = list(range(20))
print(xs[3:9], xs[::-3], xs[-5:], xs[100:], xs[5:2], xs[::7])


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        xs.append(self.n)
        return self.n


print(xs[Idx(2):Idx(6)], len(xs))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (1, (2, 3)) == (1, (2, 3)), () < (0,))
print(sorted([(3, 'b'), (1, 'z'), (3, 'a'), (2, 'q')]), max([(1, 2), (1, 3), (0, 9)]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('eq', self.v)
        return self.v == getattr(other, 'v', other)

    def __lt__(self, other):
        return self.v < other.v


t = (Loud(1), Loud(2))
print(t == (Loud(1), Loud(3)))
print(2 in t, 5 in t)
print(sorted([(Loud(2), 1), (Loud(1), 2)], key=lambda p: p[0])[0][1])
