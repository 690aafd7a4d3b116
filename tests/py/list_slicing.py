# Slicing lists, slice assignment (incl. extended slices), deleting slices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[100:], a[-100:2], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b = a[:]
b[2:3] = ["x", "y", "z"]
print(b)
b = a[:]
b[4:4] = [40, 41]
print(b)
b = a[:]
b[:] = "abc"
print(b)
b = a[:]
b[::2] = ["E"] * 5
print(b)
b = a[:]
b[::-3] = [90, 60, 30, 0]
print(b)
b = a[:]
b[1::4] = (11, 55, 99)
print(b)
b = a[:]
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = a[:]
b[2:8:5] = ["p", "q"]
print(b)
b = a[:]
del b[2:5]
print(b)
b = a[:]
del b[::3]
print(b)
b = a[:]
del b[::-2]
print(b)
b = a[:]
del b[:]
print(b)
b = a[:]
b[3:1] = ["ins"]
print(b)
b = a[:]
b[-2:] = []
print(b)
b = a[:]
b[100:] = [100]
print(b)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-11] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
print(a)
