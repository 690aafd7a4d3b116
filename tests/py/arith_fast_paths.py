# The arithmetic the VM computes on its fast paths, at their edges: int/float mixes
# (conversion rounds half to even), float division, small-int floor division, modulo,
# bitwise ops and shifts, and the cases that must leave the fast path.
big = 2**63 - 1
print(big * 1.0, 1.0 * big, big + 0.5, -big - 0.5)
print(2**53 + 1 + 0.0, 0.0 + (2**53 + 3), (2**53 + 1) / 1.0)
print(-0.0 + 0, 0 + -0.0, 0 * -1.0, -1.0 * 0, 0 - 0.0, 0.0 - 0)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308)
print(5 / 2.0, 5.0 / 2, -5 / 2.0, 1 / 3.0, 2 / -0.5, 0.0 / 5, -0.0 / 5)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print((-2**63) // -1, (-2**63) % -1, (-2**63) * -1, (-2**63) - 1)
print(0x7FFFFFFF & 123456789, 12 | 3, 12 ^ 10, -1 & 255, 1 << 62, 1 << 63, -1 >> 70, 5 >> 1)
print(3 ** 2, 2 ** 63, (-2) ** 63, 2 ** -1, 10 ** 18)
print(float('inf') - float('inf'), float('inf') * 0, float('nan') == float('nan'))
for a, b in [(1, 0.0), (1.0, 0), (1.0, 0.0), (1, 0), (0, 0)]:
    for f in (lambda x, y: x / y, lambda x, y: x // y, lambda x, y: x % y):
        try:
            print(f(a, b))
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError:', e)
x = 1.5
x += 2
x *= 3
x /= 4
x -= 1
print(x)
n = 10
n //= 3
n %= 2
n <<= 5
print(n)
