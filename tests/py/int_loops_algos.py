# Integer algorithms: gcd, primes, digit sums, base conversion, isqrt by bisection.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 18), gcd(2 ** 64, 2 ** 40 * 3))

def lcm(a, b):
    return a // gcd(a, b) * b

print(lcm(4, 6), lcm(21, 6))

def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]

print(primes(60))
print(len(primes(1000)))

def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append("0123456789abcdefghijklmnopqrstuvwxyz"[r])
    return sign + "".join(reversed(out))

for n, b in [(255, 16), (255, 2), (-100, 7), (2 ** 70, 36), (0, 5)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)

def isqrt(n):
    lo, hi = 0, n + 1
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

print(isqrt(0), isqrt(15), isqrt(16), isqrt(10 ** 40), isqrt(2 * 10 ** 30))

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(n) for n in range(1, 15)], collatz(27))
print(sum(int(d) for d in str(2 ** 1000)))
