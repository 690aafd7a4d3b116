# Floor division and modulo follow the sign of the divisor (floor semantics).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
    assert (a // b) * b + a % b == a
print(-1 // 10, -1 % 10)
print(10 // -3, 10 % -3)
print(-10 // -3, -10 % -3)
print(2 ** 100 // -3, 2 ** 100 % -3)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(divmod(2 ** 80, 2 ** 40 + 1))
print(divmod(-(2 ** 80), 2 ** 40 + 1))
print(divmod(True, 2), divmod(5, True))
for a, b in [(1, 0), (0, 0), (2 ** 100, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e)
print(x)
