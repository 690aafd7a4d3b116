# Errors of the module-level re functions (bad patterns, wrong argument types, bad
# flags, bad replacement templates), and the flags I, M, S, X each on its own.
import re

calls = [
    ("compile", lambda: re.compile("a(b")),
    ("compile flags", lambda: re.compile("a", "I")),
    ("compile type", lambda: re.compile(5)),
    ("match", lambda: re.match("[a-", "a")),
    ("match str", lambda: re.match("a", 5)),
    ("fullmatch", lambda: re.fullmatch("a{2,1}", "aa")),
    ("fullmatch str", lambda: re.fullmatch("a", None)),
    ("search", lambda: re.search("*a", "a")),
    ("search pos", lambda: re.search("a", "a", "x")),
    ("findall", lambda: re.findall("(?P<1>a)", "a")),
    ("findall str", lambda: re.findall("a", ["a"])),
    ("finditer", lambda: re.finditer("a)", "a")),
    ("finditer str", lambda: list(re.finditer("a", 3))),
    ("sub", lambda: re.sub("(a)", r"\2", "a")),
    ("sub group name", lambda: re.sub("(?P<x>a)", r"\g<y>", "a")),
    ("sub repl type", lambda: re.sub("a", 5, "a")),
    ("sub repl result", lambda: re.sub("a", lambda m: 5, "a")),
    ("sub count", lambda: re.sub("a", "b", "aaa", "1")),
    ("subn", lambda: re.subn("(", "", "a")),
    ("subn template", lambda: re.subn("a", "\\", "a")),
    ("subn ok", lambda: re.subn("a", "b", "aaa", count=2)),
    ("split", lambda: re.split("[", "a")),
    ("split maxsplit", lambda: re.split(",", "a,b", maxsplit="1")),
    ("escape", lambda: re.escape(5)),
    ("group index", lambda: re.match("(a)", "a").group(2)),
    ("group name", lambda: re.match("(?P<n>a)", "a").group("m")),
    ("groups default", lambda: re.match("(a)|(b)", "a").groups("-")),
    ("groupdict", lambda: re.match("(?P<n>a)(?P<m>b)?", "a").groupdict(default=0)),
    ("duplicate name", lambda: re.compile("(?P<n>a)(?P<n>b)")),
    ("bad name", lambda: re.compile("(?P<1n>a)")),
    ("unknown flag", lambda: re.compile("(?z)a")),
    ("bad escape", lambda: re.compile(r"\q")),
    ("nothing to repeat", lambda: re.compile("a**")),
]
for name, f in calls:
    try:
        print(name, repr(f()))
    except re.error as e:
        print(name, "re.error:", e, "| pos", e.pos, "| pattern", repr(e.pattern))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)

text = "Hello World\nhello again\nHELLO"
print(re.findall("hello", text, re.I), re.findall("^h\\w+", text, re.M), re.findall("^h\\w+", text, re.I | re.M))
print(re.findall("World.hello", text), re.findall("World.hello", text, re.S), re.search("o.*", text, re.S).end())
print(re.findall(r"""
    h  ell   # the start
    o\b      # the end
""", text, re.X | re.I), re.fullmatch("a b # c", "ab", re.VERBOSE), re.fullmatch("a b", "a b", re.X))
print(re.I == re.IGNORECASE, re.M == re.MULTILINE, re.S == re.DOTALL, re.X == re.VERBOSE, int(re.I | re.M | re.S | re.X))
print(re.compile("a", re.I | re.X).flags & (re.I | re.X), re.compile("(?ims)a").flags & (re.I | re.M | re.S))
print(repr(re.I), repr(re.I | re.M), repr(re.S | re.X), str(re.M))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?", "Ada Lovelace")
print(m.groups(), m.group("first", "last"), m.groupdict(), m["last"], m.lastgroup, m.lastindex)
print(m.span("last"), m.start("extra"), m.expand(r"\g<last>, \g<first>"), re.compile(r"(?P<a>x)(y)").groupindex)
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"), re.subn(r"(\d)", r"\1\1", "a1b2"), re.split(r"(,)", "a,b"))
print([m.span() for m in re.finditer(r"\d+", "a12b345")], re.fullmatch(r"\d+", "123x"), re.fullmatch(r"\d+", "123"))
