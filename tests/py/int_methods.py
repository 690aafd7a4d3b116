# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate.
for n in [0, 1, 2, 255, 256, -1, -255, 2 ** 100, -(2 ** 100)]:
    print(n, n.bit_length(), n.bit_count())
print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"))
print((1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True))
print((-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(1, "big"), (255).to_bytes(1, "big"))
print((2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x80\x00", byteorder="big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((7).as_integer_ratio(), (-3).as_integer_ratio(), (0).as_integer_ratio())
print((5).conjugate(), (-5).conjugate())
print((5).real, (5).imag, (5).numerator, (5).denominator)
print(abs(-12))
print(True.bit_length(), (True).as_integer_ratio())
print(int.bit_length(1000), int.bit_count(7))
x = 2 ** 200 - 1
print(x.bit_length(), x.bit_count())
print(len(x.to_bytes(25, "big")), x.to_bytes(25, "big")[:3])
