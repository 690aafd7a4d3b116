# Argument errors of the math functions that have no domain error of their own
# (wrong types, ints too large for a float, wrong argument counts).
import math


class Half:
    def __float__(self):
        return 0.5


class BadFloat:
    def __float__(self):
        return "not a float"


big = 10**400
for name in ["asinh", "atan", "cbrt", "erf", "erfc", "isinf", "isnan", "isfinite", "tanh", "sin", "cos",
             "tan", "degrees", "radians", "fabs", "exp", "sqrt", "ceil", "floor", "trunc"]:
    f = getattr(math, name)
    print(name, f(Half()) if name not in ("ceil", "floor", "trunc") else f(0.5), end=" ")
    for arg in ["1", None, [1.0], big, -big, BadFloat()]:
        try:
            print(repr(f(arg)), end=" ")
        except Exception as e:
            print(type(e).__name__ + ":", e, end=" | ")
    for args in [(), (1, 2)]:
        try:
            f(*args)
        except TypeError as e:
            print("TypeError:", e, end=" | ")
    print()

print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(math.nan), math.isinf(1e308 * 10), math.isinf(True))
print(math.isnan(math.nan), math.isnan(math.inf), math.isnan(float("nan") * 0), math.isnan(0), math.isnan(False))
print(math.tanh(-0.0), math.tanh(20), math.tanh(-math.inf), math.atan(-math.inf), math.asinh(-0.0), math.asinh(math.inf))
print(math.erfc(-math.inf), math.erfc(math.inf), math.erf(math.inf), math.erf(-math.inf), math.cbrt(math.inf), math.cbrt(-0.0))
print(math.tanh(math.nan), math.atan(math.nan), math.erfc(math.nan), math.cbrt(8), math.cbrt(64.0), math.cbrt(-1))
for bad in [lambda: math.sqrt(x=4), lambda: math.isinf(x=1.0), lambda: math.pi(), lambda: math.nan + "x"]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

# How math reads a float from a user object (CPython's PyFloat_AsDouble): __float__ must
# return a float, __index__ alone is enough, a float subclass is its value; trunc only
# knows __trunc__.


class Idx:
    def __index__(self):
        return 4


class IntFloat:
    def __float__(self):
        return 3


class BigIdx:
    def __index__(self):
        return 10**400


class F(float):
    def __float__(self):
        return 9.0


for f in [math.sqrt, math.isfinite, math.exp2, math.trunc, math.ceil, lambda x: math.pow(x, 2),
          lambda x: math.atan2(x, 1), lambda x: math.copysign(1, x), lambda x: math.fsum([x, 1]),
          lambda x: math.hypot(x, 0), lambda x: math.dist([x], [0]), lambda x: math.isclose(x, 4)]:
    for a in [Idx(), IntFloat(), BigIdx(), F(16.0), Half()]:
        try:
            print(repr(f(a)), end=" ")
        except Exception as e:
            print(type(e).__name__ + ":", e, end=" | ")
    print()
