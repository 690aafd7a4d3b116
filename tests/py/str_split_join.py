# split, rsplit, splitlines, join.
s = "  alpha  beta\tgamma\ndelta  "
print(s.split())
print(s.split(" "))
print(s.split(None, 1), s.split(maxsplit=2))
print(s.rsplit(None, 1), s.rsplit(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("abc".split("abc"), "xabcx".split("abc"), "aaa".split("a"))
print("one two three".split(" ", 0), "one two".split(maxsplit=-1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(True))
print("no newline".splitlines(), "".splitlines(), "trailing\n".splitlines(), "\n".splitlines())
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"), "-".join([]))
print(", ".join(str(n) for n in range(5)), "|".join(("solo",)))
print("".join(reversed("hello")), "\n".join(["r1", "r2"]))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(words), " ".join(w.capitalize() for w in words))
csv = "name=Ann;age=31;city=Oslo"
print(dict(pair.split("=") for pair in csv.split(";")))
