# Arithmetic dunders with reflected forms, NotImplemented fallback and in-place operators.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", other)
        if other == 0:
            return self
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Money):
            return Money(self.cents - other.cents)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, int):
            return Money(other - self.cents)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Money(-self.cents)

    def __iadd__(self, other):
        print("  __iadd__", other)
        self.cents += other.cents if isinstance(other, Money) else other
        return self

a, b = Money(100), Money(250)
print(a + b)
print(a + 5)
print(5 + a)
print(sum([a, b, Money(1)]))
print(b - a, 1000 - a, a * 3, 3 * a, -a)
c = a
c += Money(1)
print(c, a, c is a)
d = b
d -= a
print(d, b, d is b)
e = Money(1)
e *= 4
print(e)
for expr in [lambda: a + "x", lambda: "x" + a, lambda: a - 1, lambda: a * a, lambda: a / 2]:
    try:
        print(expr())
    except TypeError as err:
        print(type(err).__name__, err)

class Left:
    def __add__(self, other):
        print("  Left.__add__")
        return NotImplemented

class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "right handled it"

print(Left() + Right())

class Sub(Money):
    def __radd__(self, other):
        print("  Sub.__radd__ wins because Sub is a subclass")
        return "sub result"

print(Money(1) + Sub(2))
