# bytearray: a mutable bytes sequence.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:5] = b"EY"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 104)
print(ba)
ba.reverse()
print(ba)
ba.remove(32)
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray("abc", "ascii"))
print(bytes(ba), ba == bytes(ba), ba + b"!", b"!" + ba, ba * 2)
x = bytearray(b"abc")
x += b"def"
print(x, x.upper(), x.find(b"d"), x.decode())
x.clear()
print(x, len(x))
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"abc").remove(120)
except ValueError as e:
    print(type(e).__name__, e)
y = bytearray(b"0123456789")
y[::2] = b"abcde"
print(y)
print(y.hex(), bytearray.fromhex("4142"), list(bytearray(b"\x00\x7f")))
