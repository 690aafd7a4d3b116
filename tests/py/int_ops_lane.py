# The int operators past + - * (// % & | ^ << >> /) on small ints, where the fast lane
# finishes them, and the zero divisors and negative shifts it leaves to the full loop.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**62, 3), (-2**63, -1), (5, 64), (-5, 70), (1, 62), (3, 61)]:
    print(a // b, a % b, a & b, a | b, a ^ b, a >> min(b, 100) if b >= 0 else 'neg', (a << b) if 0 <= b < 70 else 'big', a / b if b else 'z')
for a, b in [(1, 0), (5, -1)]:
    for f in (lambda: a // b, lambda: a % b, lambda: a / b, lambda: a << b, lambda: a >> b):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
x = 10
x //= 3; print(x)
x %= 2; print(x)
x <<= 62; print(x)
print(True % 2, True & 1, type(True & True).__name__)
