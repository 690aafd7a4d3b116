# Packing and unpacking: swaps, nested targets, star targets, loop targets.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, (t, u)] = [4, (5, 6)]
print(s, t, u)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = (1,)
print(head, tail)
one, = [1]
print(one)
for i, (name, val) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, val)
for (k1, k2), v in {("x", 1): "first", ("y", 2): "second"}.items():
    print(k1, k2, v)
point = (3, 4)
px, py = point
print((px ** 2 + py ** 2) ** 0.5)

def minmax(seq):
    return min(seq), max(seq)

lo, hi = minmax([5, 3, 9])
print(lo, hi, minmax("hello"))
a, b, c = d = 1, 2, 3
print(a, b, c, d)
for bad in [(1, 2, 3), (1,), 7]:
    try:
        m, n = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    aa, bb, *cc, dd = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
fib = [0, 1]
prev, cur = 0, 1
for _ in range(10):
    prev, cur = cur, prev + cur
print(prev, cur)
