# Augmented assignment: all operators, mutable vs immutable targets, attribute and subscript targets.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 7; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0b111100; print(n)
n |= 1; print(n)
n ^= 0b11; print(n)
n /= 4; print(n)
s = "ab"
t = s
s += "c"
print(s, t, s is t)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
lst = lst + [3]
print(lst, alias)
tup = (1,)
tup += (2,)
print(tup)

class Obj:
    count = 0

o = Obj()
o.count += 1
o.count += 1
print(o.count, Obj.count)
Obj.count += 10
print(Obj.count, o.count)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", 0)
d["new"] -= 5
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
i = 0
arr = [10, 20]

def idx():
    global i
    print("index evaluated")
    return i

arr[idx()] += 1
print(arr)
try:
    undefined_counter += 1
except NameError as e:
    print(type(e).__name__, e)
