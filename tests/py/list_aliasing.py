# Aliasing, copies, nested lists, and the [[]] * n trap.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
d = list(a)
print(d == a, d is a)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
deep = [row[:] for row in nested]
deep[0].append(100)
print(nested, deep)

def add_item(lst, item):
    lst.append(item)
    return lst

x = []
y = add_item(x, 1)
print(x, y, x is y)

def rebind(lst):
    lst = lst + [2]
    return lst

z = rebind(x)
print(x, z)
e = [1, 2]
f = e
e += [3]
print(f)
e = e + [4]
print(e, f)
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref), self_ref[2][2][0])
m = [[]] * 2
m[0].append("shared")
print(m)
