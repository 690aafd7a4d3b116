import math

calls = [
    ('gcd', lambda: math.gcd(a=1)), ('lcm', lambda: math.lcm(a=1)), ('log', lambda: math.log(x=1)),
    ('atan2', lambda: math.atan2(y=1, x=2)), ('factorial kw', lambda: math.factorial(x=1)),
    ('factorial none', lambda: math.factorial()), ('isqrt', lambda: math.isqrt(1, 2)), ('perm', lambda: math.perm(n=1)),
    ('comb', lambda: math.comb(n=1, k=1)), ('sqrt', lambda: math.sqrt(x=1)), ('ldexp', lambda: math.ldexp(x=1, i=2)),
    ('fsum', lambda: math.fsum(seq=[1])), ('dist', lambda: math.dist(p=1, q=2)), ('nextafter', lambda: math.nextafter(x=1, y=2)),
    ('hypot', lambda: math.hypot(x=1)), ('dist iter', lambda: math.dist(iter([1, 2]), iter([4, 6]))),
    ('log big', lambda: math.log(10**400, 2**2000)), ('log neg big', lambda: math.log(-10**400)),
    ('lcm big', lambda: math.lcm(2**64, 2**64 + 2)), ('copysign', lambda: math.copysign(0.0, -1.0)),
    ('fabs big', lambda: math.fabs(-2**70)), ('pow', lambda: (math.pow(-2, 3), math.pow(-0.0, -3.0) if False else 0, math.pow(math.inf, -2))),
    ('nextafter', lambda: math.nextafter(-0.0, 1)), ('ulp', lambda: math.ulp(5e-324)), ('exp small', lambda: math.exp(-1000)),
    ('erfc', lambda: math.erfc(30)), ('prod', lambda: math.prod([2, 3], start=2.5)), ('name', lambda: math.gcd.__name__),
]
for name, f in calls:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, '!!', type(e).__name__, e)
