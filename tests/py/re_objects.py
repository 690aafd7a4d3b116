import re

p = re.compile(r"(?P<word>[a-z]+)(?P<num>\d*)")
print(type(p).__name__, type(p.match("a")).__name__, type(p) is re.Pattern, isinstance(p.match("a"), re.Match))
print(re.Pattern, re.Match, re.error)
m = p.search("  abc12 de", 1, 8)
print(m, m.re is p, m.string, m.pos, m.endpos, m.regs, m.lastindex, m.lastgroup)
print(m.group(0), m.group("word", 2), m["num"], m.start("num"), m.end(1), m.span(0), m.groups(), m.groupdict())
print(m.expand(r"<\2|\g<1>|\g<num>|\g<0>>"), m.expand("plain"), m.expand(r"\n\\\t"))
print(bool(m), m == m, repr(re.match("x*", "")), repr(re.search("b", "a" * 30 + "b")))
print(repr(re.match(".+", "line\n'quote'\"")), repr(re.match("é+", "ééé")))
print(re.compile("a" * 300), re.compile("b" * 250, re.I))
print(re.match("a*", "a" * 100), re.match(".*", "it's" * 20), re.match(".*", "x" * 48), re.match(".*", "x" * 49))

# Pattern methods with pos and endpos.
q = re.compile(r"\d")
print(q.findall("1a2b3c4", 2), q.findall("1a2b3c4", 2, 5), [x.span() for x in q.finditer("1a2b3", 1, 4)])
print(q.match("a1", 1), q.match("a1", 0), q.fullmatch("a1b", 1, 2), q.search("123", 5), q.search("123", -5))
print(q.findall("123", 2, 1), q.split("a1b2c3d"), q.split("a1b2c3d", 2), q.split("a1b2c3d", -1), q.split(""))
print(q.sub("#", "a1b2"), q.sub("#", "a1b2", 1), q.subn("#", "a1b2"), q.subn("#", "xyz"), q.sub(r"<\g<0>>", "a1"))
print(re.compile("^x", re.M).findall("x\nx\nax"), re.compile("x$").search("ax", 0, 2), re.compile("^a").search("ba", 1))

# sub: callables returning None, empty matches, counts, group templates.
print(re.sub("a", lambda m: None, "banana"), re.sub("", "-", ""), re.sub("x*", "-", "abc"), re.sub("b*", "+", "abbc"))
print(re.subn("a", "b", "aaaa", 2), re.subn("a", "b", "aaaa", 0), re.sub("a", "b", "aaaa", count=-1))
print(re.sub("(a)(b)?", lambda m: str(m.groups()), "a ab"), re.sub(r"(\w)(\w)", r"\2\1", "abcd"))
print(re.sub(r"(?P<first>\w)(?P<rest>\w*)", r"\g<rest>\g<first>ay", "pig latin"), re.sub("a", "\\\\", "a"))
print(re.sub("a", r"\0", "a") == "\x00", re.sub("a", r"\x41", "a") if False else "skip", re.sub("(a)", r"\10", "a") if False else "skip")

# split with groups, empty matches, maxsplit.
print(re.split(r"(\d)", "a1b2c"), re.split(r"(\d)(x)?", "a1b2xc"), re.split(r"\W*", "ab, cd"), re.split("", "abc"))
print(re.split(r"(?=x)" if False else "x", "axbxc", maxsplit=1), re.split("[,;]", "a,b;c", flags=re.I), re.split("z", ""))

# findall / finditer shapes.
print(re.findall(r"(a)(b)", "abab"), re.findall(r"(a)|(b)", "ab"), re.findall(r"a(b)?", "a ab"), re.findall("", ""))
print([m.group() for m in re.finditer(r"\w+|\s", "ab cd")], list(re.finditer("z", "abc")), type(re.finditer("a", "a")).__name__ != "list")

# escape and purge.
print(re.escape("".join(chr(c) for c in range(32, 127))))
print(re.escape("\t\n\r\x0b\x0cé日本"), re.escape(""), re.purge())
print(re.fullmatch(re.escape("a.b*c"), "a.b*c").span(), re.compile(re.escape("[x]")).findall("[x] x"))
