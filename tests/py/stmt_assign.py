# Assignment forms: chained, tuple, star, nested, attribute, subscript and slice targets.
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
p, q = 1, 2
(r, s), t = (3, 4), 5
[u, v] = "uv"
print(p, q, r, s, t, u, v)
first, *rest = "hello"
*init, end = [1, 2, 3]
head, *mid, tail = range(5)
print(first, rest, init, end, head, mid, tail)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)

class Box:
    pass

box = Box()
box.value = 10
box.other = box.value * 2
print(box.value, box.other)
box.value, box.other = box.other, box.value
print(box.value, box.other)
lst = [0] * 5
lst[0] = "a"
lst[-1] = "z"
lst[1:3] = ["b", "c", "extra"]
print(lst)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"], d["j"] = d["k"] * 10, "j"
print(d)
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
matrix = [[0, 0], [0, 0]]
matrix[0][1] = matrix[1][0] = 7
print(matrix)
box.items = [1, 2, 3]
box.items[1:] = []
print(box.items)
a1, b1 = b1, a1 = 1, 2
print(a1, b1)
_ = "underscore is a normal name"
print(_)
