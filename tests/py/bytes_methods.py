# bytes methods mirroring str, plus decode/hex/fromhex.
b = b"  Hello, Bytes World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"))
print(b.upper(), b.lower(), b.swapcase(), b.strip().title(), b"abc".capitalize())
print(b.split(), b.split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b" ".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), b"-".join([]))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1))
print(b.count(b"l"), b.find(b"World"), b.find(b"zzz"), b.rfind(b"l"), b.index(b"B"), b.find(111))
print(b.startswith(b"  He"), b.endswith((b"x", b"  ")), b.strip().startswith(b"Hello"))
print(b"hello".decode(), b"h\xc3\xa9llo".decode("utf-8"), b"\xe9".decode("latin-1"))
print(b"abc".hex(), b"\x00\xff\x10".hex(), b"".hex(), b"\xde\xad\xbe\xef".hex(":"), b"abcd".hex("-", 2))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("41 42"))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"abc".isalpha(), b"123".isdigit(), b"abc1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"42".zfill(5))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"line1\nline2\r\nline3".splitlines(), b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
print(b"tab\tsep".expandtabs(4), b"abc".translate(None, b"b"))
