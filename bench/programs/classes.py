# Objects: construction, attribute reads and writes, method calls, inheritance
# with super(), overridden methods and operator methods (__add__, __eq__).
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, origin):
        self.origin = origin
        self.moves = 0

    def move(self, delta):
        self.origin = self.origin + delta
        self.moves += 1

    def area(self):
        return 0

    def weight(self):
        return self.area() + self.origin.dot(self.origin) % 7


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__(origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    def weight(self):
        return super().weight() + 1


class Tri(Shape):
    def __init__(self, origin, b, h):
        Shape.__init__(self, origin)
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self


def build(count):
    shapes = []
    for i in range(count):
        o = Vec(i % 13, i % 7)
        kind = i % 3
        if kind == 0:
            shapes.append(Rect(o, i % 5 + 1, i % 4 + 2))
        elif kind == 1:
            shapes.append(Square(o, i % 6 + 1))
        else:
            shapes.append(Tri(o, i % 9 + 2, i % 5 + 1))
    return shapes


def simulate(shapes, rounds):
    c = Counter()
    step = Vec(1, -1)
    total = 0
    for r in range(rounds):
        d = step.scaled(r % 3)
        for s in shapes:
            s.move(d)
            total += s.weight()
            c.bump(1).bump(s.moves % 2)
            if s.origin == d:
                total += 1
    return total + c.n


shapes = build(2000)
print("checksum", simulate(shapes, 120), sum([s.area() for s in shapes]))
