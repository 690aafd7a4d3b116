# Bitwise operators and shifts, including big and negative numbers.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~0, ~-1, ~5, ~-6)
print(1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, (1 << 100) >> 98, 5 >> 10)
print(-1 >> 1, -1 >> 100, -8 >> 1, -9 >> 1)
print(-1 << 4, -3 << 65)
print(-5 & 0xFF, -1 & 0xFFFF, -256 & 255)
print(-5 | 3, -5 ^ 3, 5 ^ -3)
big = 2 ** 100 + 2 ** 50 + 1
print(big & (2 ** 60 - 1))
print(big | 2 ** 10)
print(big ^ big, big ^ 0)
print(-big & 0xFFFFFFFF)
print(-big >> 50)
print(~big)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True << 3, ~True)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
x = 0b1111
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= 0b0011
print(x)
print(0 << 1000, 7 >> 3)
