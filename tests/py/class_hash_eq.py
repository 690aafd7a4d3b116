# __hash__ and __eq__: objects as dict keys and set members; __eq__ without __hash__.
class Color:
    def __init__(self, name, rgb):
        self.name, self.rgb = name, rgb

    def __eq__(self, other):
        return isinstance(other, Color) and self.rgb == other.rgb

    def __hash__(self):
        return hash(self.rgb)

    def __repr__(self):
        return self.name

red1 = Color("red", (255, 0, 0))
red2 = Color("crimson-alias", (255, 0, 0))
blue = Color("blue", (0, 0, 255))
palette = {red1: "primary", blue: "primary"}
palette[red2] = "overwritten via equal key"
print(palette, len(palette))
print(len({red1, red2, blue}), red2 in {red1})
print(hash(red1) == hash(red2), hash(blue) == hash((0, 0, 255)))

class EqNoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

try:
    {EqNoHash(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(EqNoHash(1))
except TypeError as e:
    print(type(e).__name__, e)

class HashFromBase(Color):
    pass

print(len({HashFromBase("a", (1,)), HashFromBase("b", (1,))}))

class Unhashable:
    __hash__ = None

try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)

class IntHash:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n

print(hash(IntHash(12345)), hash(IntHash(-1)), hash(IntHash(2 ** 70)) == hash(2 ** 70))
