# Sweeps math over deterministic pseudo-random floats and ints of many magnitudes.
import math
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rfloat():
    r = rnd()
    mant = (r >> 11) / 2**53
    exp = (r % 200) - 100
    sign = -1 if r & 1024 else 1
    return sign * mant * 2.0 ** exp
vals = [rfloat() for _ in range(60)] + [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-310, -1e-310, 1e308, math.inf, -math.inf, math.nan]
names = ['sqrt','exp','expm1','log','log2','log10','log1p','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh','erf','erfc','fabs','degrees','radians','ceil','floor','trunc','modf','frexp','ulp','isfinite', 'exp2', 'gamma', 'lgamma']
# The last bit of these depends on the platform's libm, in CPython too: 12 digits.
rounded = {'asinh', 'acosh', 'atanh', 'erf', 'erfc'}
for name in names:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(f'{f(v):.12g}' if name in rounded else repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for name in ['atan2','copysign','fmod','remainder','pow','nextafter','hypot','isclose']:
    f = getattr(math, name)
    out = []
    for i in range(len(vals) - 1):
        try:
            out.append(repr(f(vals[i], vals[i+1])))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for i in range(0, 60, 7):
    chunk = vals[i:i+13]
    print(math.fsum(chunk), math.hypot(*chunk), math.dist(chunk[:6], chunk[6:12]), math.prod(chunk[:3]))
for i in range(0, 60, 3):
    x = vals[i]
    try:
        print(math.ldexp(x, (rnd() % 2200) - 1100), math.pow(abs(x), vals[i+1] % 5))
    except OverflowError as e:
        print('OverflowError', e)
for i in range(40):
    a = rnd() >> (rnd() % 64); b = rnd() >> (rnd() % 64)
    print(math.gcd(a, b), math.lcm(a, b) % 1000003, math.isqrt(a * b), math.log(a + 1, b + 2), math.comb(a % 300, b % 300) % 10**9, math.perm(a % 50, b % 10))
print([math.gamma(k / 4) for k in range(-40, 680, 7) if k % 4])
print([math.lgamma(k / 3) for k in range(-30, 600, 11) if k % 3])
print([math.gamma(k) for k in range(1, 30)], math.gamma(170.5), math.gamma(-171.5), math.gamma(1e-25), math.lgamma(1e-25), math.lgamma(1e300))
