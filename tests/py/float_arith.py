# Float arithmetic and mixing with ints.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(5.0 // 0.3, 5.0 % 0.3)
print(1 + 2.0, 3 * 1.5, 7 / 2, 8 / 2, type(8 / 2).__name__)
print(2 ** 0.5, 2.0 ** 3, 4 ** -0.5, (-8.0) ** 2)
print(0.5 + 0.25 + 0.125, 1 - 0.9, 0.1 * 0.1)
print(1e300 * 1e300, -1e300 * 1e300, 1e-300 * 1e-300)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * -1, 1 / inf, -1 / inf, inf > 1e308, -inf < -1e308)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf - 1e308 == inf)
print(abs(-2.5), abs(inf), -(-0.0), +(-0.0))
print(max(1.5, 2.5), min(-0.5, 0.5), sum([0.1] * 10))
print(sum([0.1] * 10) == 1.0)
x = 1.0
x += 0.5
x *= 4
x -= 1
x /= 2
x **= 2
print(x)
x //= 2
print(x)
x %= 3
print(x)
print(3.0 % inf, -3.0 % inf, 3.0 // inf, -3.0 // inf)
print(float(7) / 2, 7 // 2.0, 7 % 2.5)
print(10 / 4 * 4, 10 // 4 * 4)
print(0.1 + 0.2, 0.1 + 0.2 - 0.3)
print(type(1.5).__name__, (1.5).__class__.__name__)
