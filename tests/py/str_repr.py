# repr() of strings: quote selection, escapes, non-printables, unicode.
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline", "tab\t", "cr\r",
         "\x00\x01\x1b", "\x7f", "\x80\x9f", "\xa0", "\xad", "é", "日本", "\u200b", "\ufeff",
         "\U0001F600", "\U000e0001", "\u2028", "", "'", '"', "'\"", "\\'"]
for s in cases:
    print(repr(s), len(s))
print(str(cases[:4]))
print(["a", 'b"', "c'"], ("x",), {"k": "v'"})
print(ascii("é日\n"), ascii(["ü"]))
print(f"{'q'!r}", "%r" % "x'y", "{!r}".format('a"b'))
print(repr(repr("x")), repr(str(repr("\n"))))
