import re

# Pattern syntax errors: CPython's messages and positions.
bad = ["(", "a)", "[a", "*a", "a**", "\\q", "a{2,1}", "(?P<1x>a)", "(?P<a>x)(?P<a>y)",
       "(?z)", "\\", "[b-a]", "+", "x|*", "(?P<>a)", "a{1", "(?#abc", "\\x4", "\\u12",
       "[\\q]", "(?", "(?P", "a\n(", "(?i", "?"]
for pat in bad:
    try:
        re.compile(pat)
        print("compiled", repr(pat))
    except re.error as e:
        print(repr(pat), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)

print(issubclass(re.error, Exception), re.error.__name__)
e = re.error("custom")
print(e, e.msg, e.pattern, e.pos)
e = re.error("boom", "ab\ncd", 4)
print(e, e.lineno, e.colno)

# Wrong argument types.
calls = [
    lambda: re.match(1, "a"),
    lambda: re.search("a", 1),
    lambda: re.search("a", None),
    lambda: re.findall("a", ["a"]),
    lambda: re.sub("a", 1, "a"),
    lambda: re.sub("a", lambda m: 1, "a"),
    lambda: re.split("a", 5),
    lambda: re.compile(re.compile("a"), re.I),
    lambda: re.compile("a").match("a", "x"),
    lambda: re.match("a", "a").group(2),
    lambda: re.match("a", "a").group("x"),
    lambda: re.match("a", "a").group(-1),
    lambda: re.match("(a)", "a").start(3),
    lambda: re.match("(a)", "a")["nope"],
    lambda: re.sub("(a)", r"\g<2>", "a"),
    lambda: re.sub("(a)", r"\g<x>", "a"),
    lambda: re.sub("(a)", r"\g<1", "a"),
    lambda: re.sub("(a)", r"\g", "a"),
    lambda: re.sub("(a)", "\\", "a"),
    lambda: re.sub("(a)", r"\q", "a"),
    lambda: re.sub("(a)", r"\g<-1>", "a"),
    lambda: re.match("(a)", "a").expand(r"\2"),
    lambda: re.match("(a)", "a").expand(5),
    lambda: re.compile("a", "x"),
    lambda: re.findall("a", "a", 1.5),
    lambda: re.split("a", "bab", "1"),
    lambda: re.sub("a", "b", "aa", 1.5),
    lambda: re.escape(5),
    lambda: re.escape(b"a.b*"),
    lambda: re.escape(bytearray(b"[x]")),
    lambda: re.purge(1),
    lambda: re.match(r"(a)", "a").group(1.0),
    lambda: re.match(r"(a)", "a").start(None),
    lambda: re.match(r"(a)", "a").group(True),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# Flags that cannot combine with a str pattern.
for flags in [re.L, re.A | re.U]:
    try:
        re.compile("a", flags)
    except ValueError as e:
        print(type(e).__name__, e)

# Pattern methods bind their arguments as CPython's C methods do.
p = re.compile("a")
for f in [lambda: p.search(), lambda: p.search("a", 1, 2, 3), lambda: p.search("a", x=1), lambda: p.sub("b"),
          lambda: p.split(), lambda: p.match(string="a", pos=1), lambda: p.subn(), lambda: p.finditer(),
          lambda: p.fullmatch(), lambda: p.sub(repl="b", string="a", count=1), lambda: p.split("a", maxsplit=1),
          lambda: p.search("a", 1, 2, endpos=3), lambda: p.search("a", string="b"), lambda: p.subn("x", "aa", count=1),
          lambda: p.findall(string="aa", endpos=1), lambda: p.split("bab", 1, maxsplit=1)]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)

# Match methods too.
m = re.match(r"(a)(?P<b>b)?", "a")
for f in [lambda: m.start(1, 2), lambda: m.group(0, 5), lambda: m.groups(1, 2), lambda: m.groupdict(default=3),
          lambda: m.groups(default="x"), lambda: m.span(-1), lambda: m[0:1], lambda: m[[1]], lambda: m.end("b"),
          lambda: m.expand(), lambda: m.span(2), lambda: m.group("b", 1, 0), lambda: m.start(2 ** 70),
          lambda: m.start(group=1), lambda: m[(1,)], lambda: m.groupdict(1, 2)]:
    try:
        print(repr(f()))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
