# chr, ord, hex, oct, bin and their relationships.
for c in "Az0 ~é€":
    o = ord(c)
    print(repr(c), o, hex(o), oct(o), bin(o), chr(o) == c)
print(hex(0), oct(0), bin(0), hex(-1), oct(-8), bin(-5), hex(2 ** 40), bin(1023))
print(int(hex(255), 16), int(oct(255), 8), int(bin(255), 2), int("0x" + "ff", 0))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("0") for c in "2024"])
print(chr(0x41), chr(0x3b1), chr(0x1F40D), repr(chr(127)), repr(chr(160)))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hex(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
