# Round trips between str and bytes in several codecs.
texts = ["plain", "café", "日本", "😀", "", "a\nb"]
for t in texts:
    enc = t.encode("utf-8")
    print(repr(t), enc, len(enc), enc.decode("utf-8") == t)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
for t, codec in [("é", "ascii"), ("日", "latin-1")]:
    try:
        t.encode(codec)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
for b, codec in [(b"\x80", "ascii"), (b"\xc3", "utf-8"), (b"\xc3(", "utf-8")]:
    try:
        b.decode(codec)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print("é".encode("ascii", errors="replace"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"a\x80b".decode("ascii", "replace"), b"a\x80b".decode("ascii", "backslashreplace"))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
