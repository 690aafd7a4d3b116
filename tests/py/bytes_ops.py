# Iterating, comparing, hashing-free uses of bytes; building bytes with comprehensions.
data = bytes(range(0, 256, 37))
print(data, list(data), sum(data), max(data), min(data))
print(bytes(x ^ 0x20 for x in b"Hello"), bytes(sorted(b"banana")), bytes(reversed(b"abc")))
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) & 0xFFFF
print(checksum)
print(b"abc" < b"abd", b"ab" < b"abc", b"B" < b"a", sorted([b"b", b"a", b"", b"ab"]))
print(b"x" * 0, b"ab" * -1, b"ab".count(b""), len(b"\x00" * 5))
print(b"%d-%s-%x" % (5, b"bytes", 255), b"%5b|%-5b|" % (b"ab", b"cd"), b"%c%c" % (65, b"B"))
print(b"%a" % "é", b"%r" % b"x")
print(list(zip(b"ab", b"xy")), dict(enumerate(b"hi")))
print(bytes(4) == b"\x00" * 4, bytes([0]) * 2)
d = {b"key": 1, b"other": 2}
print(d[b"key"], b"other" in d, sorted(d))
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
print(b"abc".upper().lower().capitalize(), b"a b".split(), b"\x00abc\x00".strip(b"\x00"))
