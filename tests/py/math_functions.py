import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for f in [math.sqrt, math.exp, math.expm1, math.log, math.log2, math.log10, math.log1p,
          math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh,
          math.fabs, math.degrees, math.radians, math.exp2]:
    print([f(x) for x in (0.5, 1, 2, 3.75, 10)])
# The last bit of these depends on the platform's libm, in CPython too: 12 digits.
for f in [math.asinh, math.erf, math.erfc]:
    print([f'{f(x):.12g}' for x in (0.5, 1, 2, 3.75, 10)])
print([math.asin(x) for x in (-1, -0.5, 0, 0.25, 1)])
print([math.acos(x) for x in (-1, -0.5, 0, 0.25, 1)])
print([f'{math.acosh(x):.12g}' for x in (1, 2, 10.5)])
print([f'{math.atanh(x):.12g}' for x in (-0.5, 0, 0.9)])
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(1, 0))
print(math.log(8, 2), math.log(100, 10), math.log(2**2000), math.log(10**400, 10), math.log2(2**3000), math.log10(10**500))
print(math.log(True), math.log2(1024), math.log10(1000))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1/3 * 3), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf))
print(math.hypot(3, 4), math.hypot(), math.hypot(-3), math.hypot(1, 2, 3), math.hypot(1e308, 1e308), math.hypot(math.nan, math.inf))
print(math.hypot(1e-320, 1e-320), math.hypot(0.1, 0.2, 0.3, 0.4), math.dist((1, 2), (3, 4.5)), math.dist([0, 0, 0], [1, 1, 1]))
for x in (2.5, -2.5, 3, -0.0, 1e20, -1e300, True):
    print(math.ceil(x), math.floor(x), math.trunc(x), math.fabs(x), math.modf(x), math.frexp(x))
print(math.ldexp(0.5, 3), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1075), math.ldexp(0.75, 1024), math.ldexp(-0.0, 5))
print(math.frexp(5e-324), math.frexp(0.0), math.frexp(math.inf))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, math.inf))
print([math.remainder(x, y) for x, y in ((5, 2), (7, 2), (-5, 2), (10, 3), (11, 3), (2.5, 1), (3.5, 1), (-3.5, 1))])
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(5, 5))
print(math.ulp(1), math.ulp(1e300), math.ulp(0.0), math.ulp(-2), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.gamma(5), round(math.gamma(0.5), 12), math.lgamma(1), round(math.lgamma(10), 12), round(math.gamma(-1.5), 12))
print([math.cbrt(x) for x in (0.0, 1, 8, 1000)])
print(round(math.gamma(4.3), 12), round(math.lgamma(7.7), 12), math.lgamma(-math.inf), math.gamma(math.inf))

class C:
    def __ceil__(self):
        return 'ceil!'
    def __floor__(self):
        return 'floor!'
    def __trunc__(self):
        return 'trunc!'
print(math.ceil(C()), math.floor(C()), math.trunc(C()))

class F:
    def __float__(self):
        return 2.25
print(math.sqrt(F()), math.floor(F()))
