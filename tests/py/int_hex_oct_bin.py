# hex/oct/bin and their round trips.
for n in [0, 1, 7, 8, 15, 16, 255, 256, 4095, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(hex(True), bin(False))
for n in [0, 123, -456, 2 ** 90 + 12345]:
    assert int(hex(n), 16) == n
    assert int(oct(n), 8) == n
    assert int(bin(n), 2) == n
    assert int(hex(n), 0) == n
print("round trips ok")
print(hex(0xDEADBEEF), 0xdeadbeef)
print(bin(0b1010 << 3), oct(0o777 >> 3))
for bad in [1.5, "10", None]:
    try:
        print(hex(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bin(2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct([])
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"))
print(format(255, "#x"), format(255, "#o"), format(255, "#b"))
print(f"{-255:#x} {-255:x} {255:08b} {255:#010b}")
