# Recursive functions: factorial, fibonacci with memo, permutations, hanoi, ackermann (small).
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(n) for n in range(8)], fact(100) % 1000007)

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(90))

def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out

print(perms([1, 2, 3]), len(perms(list("abcd"))))
moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(120))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]

print(power_set([1, 2, 3]))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print(gcd(1071, 462))
