# pow with two and three arguments, including modular inverse.
print(pow(2, 10), pow(-2, 3), pow(-2, 4), pow(0, 0), pow(5, 0))
print(pow(2, -1), pow(4, -2), pow(-2, -3))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(7, 0, 1))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 13))
print(pow(38, -1, 97) * 38 % 97)
print(pow(2 ** 100, 3, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5)
print(4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, (-1) ** 1001)
print(10 ** 20, 10 ** 21)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(1 ** 1000000, 0 ** 5)
