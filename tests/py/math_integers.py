import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(50), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.comb(10**20, 2))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 4), math.perm(30, 20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**50), math.isqrt(2**201 + 7))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(3, 0), math.lcm(2, 3, 4, 5), math.lcm(2**70, 3))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod(['a'], start=3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1e308, -1e308, 1e308 / 2]), math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([1e-16, 1, 1e-16]))
print(math.ceil(2**70), math.floor(-2**70), math.trunc(10**30), math.ceil(1e30))

class I:
    def __index__(self):
        return 6
print(math.factorial(I()), math.gcd(I(), 4), math.isqrt(I()), math.comb(I(), 2))
print(type(math.ceil(1.5)).__name__, type(math.floor(True)).__name__)
