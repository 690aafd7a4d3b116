# abs, round, divmod, pow on ints, floats, bools and user classes.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(0, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-2, 3), pow(7, 2, 5), pow(3, -1, 11))

class Dist:
    def __init__(self, v):
        self.v = v

    def __abs__(self):
        return Dist(abs(self.v))

    def __round__(self, n=None):
        return f"rounded({self.v}, {n})"

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)

    def __repr__(self):
        return f"Dist({self.v})"

print(abs(Dist(-3)), round(Dist(1.5)), round(Dist(1.5), 1), divmod(Dist(9), 2), pow(Dist(2), 3), Dist(2) ** 3)
for bad in [lambda: abs("x"), lambda: divmod("a", 1), lambda: pow("a", 2), lambda: round(None), lambda: divmod(1, 0)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
