# User objects in sets: __hash__/__eq__ decide membership and deduplication.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

pts = {Point(1, 2), Point(1, 2), Point(0, 0), Point(2, 1)}
print(len(pts), sorted(pts), Point(0, 0) in pts, Point(5, 5) in pts)
pts.discard(Point(1, 2))
print(sorted(pts))

class EqOnly:
    def __eq__(self, other):
        return True

try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class Ident:
    pass

a, b = Ident(), Ident()
s = {a, b, a}
print(len(s), a in s, Ident() in s)

class Loud:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 2

    def __eq__(self, other):
        return self.v == other.v

print(len({Loud(1), Loud(3), Loud(1), Loud(2)}))
