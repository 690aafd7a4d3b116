import functools


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r

    def scale(self, k, offset=0):
        return self.r * k + offset

    double = functools.partialmethod(scale, 2)
    shifted = functools.partialmethod(scale, offset=100)


c = Circle(2)
print(c.area, c.area, c.computed)
c.area = 99
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
d = Circle(3)
print(d.area, c.area, d.computed)
print(c.double(), c.shifted(3), c.double(offset=1))


class Cell:
    def __init__(self):
        self.state = False

    def set_state(self, state):
        self.state = state

    set_alive = functools.partialmethod(set_state, True)


cell = Cell()
cell.set_alive()
print(cell.state)
