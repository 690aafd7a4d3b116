# strip family with and without arguments; center/ljust/rjust/zfill; removeprefix/suffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixyx".strip("xy")), repr("xxhixyx".lstrip("x")), repr("xxhixyx".rstrip("yx")))
print(repr("www.example.com".strip("cmowz.")), repr("abc".strip("")), repr("".strip()))
print(repr("aaaa".strip("a")), repr("  ".strip()), repr("a b".strip(None)))
print("[" + "hi".center(7) + "]", "[" + "hi".center(6, "*") + "]", "[" + "hi".center(1) + "]")
print("[" + "odd".center(6, "-") + "]", "[" + "ab".center(5, "=") + "]")
print("[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5) + "]", "[" + "hi".ljust(5, ".") + "]", "[" + "hi".rjust(5, "0") + "]")
print("[" + "toolong".ljust(3) + "]", "[" + "x".rjust(0) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "body.txt".removesuffix(".txt"), "body.txt".removesuffix(".py"))
print(repr("aaa".removeprefix("a")), repr("".removesuffix("x")), repr("abc".removesuffix("")))
print("\u00a0nbsp\u2003".strip() == "nbsp")
