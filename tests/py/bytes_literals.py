# bytes literals, repr rules, indexing gives ints, slicing gives bytes.
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\\", b"'", b'"', b"'\"", b"\a\b\f\v")
print(rb"raw\n", br"\x41", len(rb"\n"), b"abc" b"def")
print(b"", bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((104, 105)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(list(b"AZaz09"), [c for c in b"hi"], tuple(b"\x01\x02"))
print(b"a" in b"cat", b"at" in b"cat", 97 in b"cat", 120 in b"cat")
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00")
print(b"abc" == "abc", b"a"[0] == ord("a"))
for bad in [[256], [-1], ["a"], 1.5]:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes("no encoding")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x" in b"x")
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"abc"), f"{b'xy'}", [b"q"], {b"k": b"v"})
