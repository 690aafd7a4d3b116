# str.format: positional, keyword, index/attribute access, escaping braces, conversions.
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=31), "{0}{x}{1}".format(1, 2, x="-"))
print("{{}} {{{0}}} {{x}}".format(5))
pt = {"x": 3, "y": 4}
print("{p[x]},{p[y]}".format(p=pt), "{0[1]} {0[0]}".format(["a", "b"]), "{0[0][1]}".format([[1, 2]]))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print("({0.x}, {0.y})".format(p), "{pt.x}".format(pt=p))
print("{!r} {!s} {!a}".format("hi", "hi", "hé"))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("a", "b", "c", "d"))
print("{0:{1}}|{0:>{1}}|{2:.{3}f}".format("ab", 5, 3.14159, 2))
print("{:d} {:5d} {:x} {:.2%}".format(42, 7, 255, 0.5))
print("{0} {0!r}".format(None), "{}".format([1, "2"]))
args = ("u", "v")
kw = {"w": "W"}
print("{}{}{w}".format(*args, **kw))
print("{:,}".format(1234567), "{:_x}".format(0xFFFFFFFF))
print("{}".format(""), "no fields".format(1, 2, k=3))
for fmt, a in [("{}", ()), ("{} {}", (1,)), ("{2}", (1, 2)), ("{x}", ()), ("{0} {}", (1, 2)), ("{", ()), ("}", ()),
               ("{:d}", ("s",)), ("{0.missing}", (1,)), ("{0[5]}", ([1],))]:
    try:
        print(fmt.format(*a))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
print(str.format("{}-{}", 1, 2))
