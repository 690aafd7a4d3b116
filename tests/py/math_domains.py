import math

inf, nan = math.inf, math.nan


class Idx:
    def __index__(self):
        return 10


class Rounder:
    def __trunc__(self):
        return "trunc"

    def __ceil__(self):
        return "ceil"

    def __floor__(self):
        return "floor"


class AsFloat:
    def __float__(self):
        return 2.25


print(math.e, math.pi, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
print(math.trunc(Rounder()), math.ceil(Rounder()), math.floor(Rounder()), math.sqrt(AsFloat()), math.isqrt(Idx()))
print(math.floor(2**70 + 0.0) == 2**70, math.ceil(10**30), math.floor(-10**30), math.trunc(-2.5), math.trunc(True))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 30), math.lcm(), math.lcm(0, 5), math.lcm(4, 6, 10), math.gcd(2**100, 2**60 * 3))
print(math.prod([]), math.prod([2, 3], start=5), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod([]) == 1)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(iter([1, 2.5])))
print(math.comb(10, 3), math.comb(3, 10), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(2, 5), math.factorial(0))
print(math.isqrt(0), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(nan, -1), math.degrees(math.pi), math.radians(180))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(inf, inf), math.atan2(1, 0), math.hypot(), math.hypot(3, 4, 12))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(-3), math.dist((0, 0), (3, 4)), math.dist([1.5], [0]))
print(math.frexp(0.0), math.frexp(inf), math.frexp(-8), math.modf(-2.5), math.modf(inf), math.ldexp(0.5, 3), math.ldexp(1, -1100))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(inf), math.ulp(-1e300), math.nextafter(1, 2), math.nextafter(0, -1), math.nextafter(1, 1))
print(math.isinf(10**400 if False else 1), math.isnan(nan), math.isfinite(10**300), math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.log(2**10000), math.log2(2**1000), math.log10(10**400), math.log(8, 2), math.log(100, 10), math.log1p(1e-20))
print(math.exp(-1000), math.exp2(10), math.expm1(1e-10), math.pow(inf, 0), math.pow(nan, 0), math.pow(1, nan), math.pow(-8, 1 / 3) if False else "skip")
print(math.sqrt(-0.0), math.sqrt(inf), round(math.cbrt(-27), 12), math.fabs(-0.0), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(-7, 2))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(inf), math.sinh(0), math.cosh(0), math.tanh(inf))
print(math.asinh(0), math.acosh(1), math.atanh(0), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.gamma(0.5) ** 2)

errors = [
    lambda: math.sqrt(-1), lambda: math.asin(2), lambda: math.acos(-2), lambda: math.atanh(1), lambda: math.acosh(0.5),
    lambda: math.log1p(-1), lambda: math.log2(0), lambda: math.log10(0), lambda: math.exp2(2000), lambda: math.expm1(1000),
    lambda: math.cosh(1000), lambda: math.sinh(1000), lambda: math.sin(inf), lambda: math.cos(-inf), lambda: math.tan(inf),
    lambda: math.sqrt(2**2000), lambda: math.trunc(inf), lambda: math.floor(inf), lambda: math.ceil(nan), lambda: math.trunc("x"),
    lambda: math.isqrt(Rounder()), lambda: math.gcd(1, 2.0), lambda: math.lcm("a"), lambda: math.comb(5), lambda: math.perm(-1),
    lambda: math.comb(5, Idx()) if False else math.comb(2.0, 1), lambda: math.factorial(10**20), lambda: math.prod(5),
    lambda: math.fsum(["a"]), lambda: math.fsum([inf, nan]) if False else math.fsum(5), lambda: math.dist(5, 5),
    lambda: math.dist([1, 2], (1, "a")), lambda: math.hypot(1, "2"), lambda: math.copysign("a", 1), lambda: math.ldexp(1, "2"),
    lambda: math.frexp("1"), lambda: math.modf(None), lambda: math.log("10"), lambda: math.log(10, "2"), lambda: math.log(-2**2000),
    lambda: math.gamma(-inf), lambda: math.lgamma(-2), lambda: math.ulp("x"), lambda: math.nextafter(1, "2"),
    lambda: math.isclose(1, 2, abs_tol=-1), lambda: math.isclose("a", 1), lambda: math.pow(2, "x"), lambda: math.pow(inf, -1) and math.pow(0.0, -inf),
    lambda: math.fmod(inf, 2), lambda: math.remainder(1, 0.0), lambda: math.atan2("1", 1), lambda: math.radians([]),
    lambda: math.erf("x"), lambda: math.exp(nan), lambda: math.sqrt(nan), lambda: math.pow(-2, 0.5),
    lambda: math.perm(-80, 1.25), lambda: math.comb(-1, 2.5), lambda: math.comb(-1, -1), lambda: math.perm(3, -1),
]
for i, f in enumerate(errors):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
