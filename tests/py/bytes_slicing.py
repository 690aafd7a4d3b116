# bytes indexing and slicing, memory of immutability.
b = b"0123456789"
print(b[2], b[-2], b[2:5], b[:3], b[7:], b[::3], b[::-1], b[8:2:-2], b[100:], b[-100:2])
print(b[5:5], b[5:2], b[:0])
for i in [10, -11]:
    try:
        b[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    b["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)
c = b
c += b"!"
print(b, c, b is c)
print(b.index(b"5"), b.index(53), b.rindex(b"9"))
try:
    b.index(b"x")
except ValueError as e:
    print(type(e).__name__, e)
print([b[i:i + 3] for i in range(0, len(b), 3)])
