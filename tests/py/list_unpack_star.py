# Unpacking lists, star expressions in displays and targets.
a = [1, 2, 3]
b = [4, 5]
print([*a, *b], [0, *a, 99], [*"hi", *range(2)], [*a])
first, *rest = a
print(first, rest)
*init, last = a
print(init, last)
x, *mid, y = [1, 2, 3, 4, 5]
print(x, mid, y)
p, *q = [7]
print(p, q)
[m, n] = ["M", "N"]
print(m, n)
(i, j), k = [1, 2], 3
print(i, j, k)
for head, *tail in [[1, 2, 3], [4], [5, 6]]:
    print(head, tail)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v = 5
except TypeError as e:
    print(type(e).__name__, e)
s = [10, 20, 30]
s[0], s[2] = s[2], s[0]
print(s)
