# Small-int arithmetic: the everyday operators and their result types.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, type(a / b).__name__)
print(a // b, a % b)
print(a ** 2, 2 ** 10, 10 ** 0)
print(-a, +a, -(-a))
print(0 * -1, -0)
print(7 / 7, 6 / 3)
print(1 + 2 * 3 - 4 // 2)
print((1 + 2) * 3)
print(2 ** 3 ** 2)
print(-2 ** 2, (-2) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(type(2 ** -1).__name__)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 4
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
print(1_000_000 + 1)
print(0x1F, 0o17, 0b1011, 0XFF, 0O7, 0B1)
print(0x_ff, 0b_1010_1010)
print(int(), int(0), int(-0))
print(abs(-42), abs(42), abs(0))
print(max(3, 9, 2), min(3, 9, 2))
print(sum([1, 2, 3, 4]))
print(100 // 7 * 7 + 100 % 7)
