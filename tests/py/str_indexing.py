# Indexing and slicing strings: negative indices, steps, out-of-range slices.
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s))
print(s[0:5], s[7:], s[:5], s[:], s[-6:], s[-6:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-8:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:3]), s[3:100])
print(s[2:10:3], s[10:2:-3], s[::100], s[::-100])
print(repr(s[len(s):]), repr(""[:]), repr(""[::-1]))
print(s[None:5], s[5:None], s[None:None:-1])
for i in (13, -14, 100):
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[-True])
word = "racecar"
print(word == word[::-1], "python"[::-1])
u = "héllo wörld ✓"
print(len(u), u[1], u[-1], u[::-1], u[6:11])
print([c for c in "abc"], list("xyz"), tuple("hi"))
