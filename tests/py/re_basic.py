import re

m = re.match(r"(\w+) (\w+)", "hello world again")
print(m, m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups(), m[0], m[2])
print(m.span(), m.start(2), m.end(2), m.span(1), m.lastindex, m.string, m.pos, m.endpos)
print(re.match("b", "abc"), re.search("b", "abc"), re.fullmatch("a.c", "abc"), re.fullmatch("a", "ab"))
print(re.fullmatch("a|ab", "ab"), re.match("a|ab", "ab"))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "on 2024-03 ok")
print(m.groupdict(), m.groupdict("-"), m.group("year"), m["month"], m.groups(), m.groups(0), m.lastgroup, m.lastindex)
print(m.start("day"), m.span("day"), m.expand(r"\g<month>/\g<year> \1"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(a)|b", "ab"))
print([x.span() for x in re.finditer(r"\w+", "ab cd  ef")])
print(re.sub(r"\d", "#", "a1b22"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"), re.sub("a", lambda m: m.group().upper(), "banana", count=2))
print(re.subn(r"\s+", " ", "a  b   c"), re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"))
print(re.split(r"\s+", "a b  c"), re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\b", "ab cd"), re.split("x*", "axbc"), re.split(r"(a)|(b)", "1a2b3"))
print(re.escape("a.b*c?d+(e)[f]{g}^$|\\ h-i#j&k~l"), re.escape("héllo_1"))
p = re.compile(r"[a-z]+", re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex, re.compile("x"), re.compile("(?P<a>x)(y)").groupindex)
print(p.findall("Hello World"), p.match("123abc", 3), p.search("xyz", 1, 2), p.match("abc", 1).span())
print(p.fullmatch("abcdef", 1, 3), p.sub("_", "ab12CD"), re.compile(r"\d").split("a1b2c"))
print(re.findall("^a", "a\na", re.M), re.findall("a.b", "a\nb", re.S), re.findall("a.b", "a\nb"))
print(re.findall(r"(?i)hello", "Hello HELLO"), re.findall(r"(?i:a)b", "ab Ab AB"))
print(re.findall(r"""\d+  # digits
                     [a-z]  # a letter""", "12a 3b", re.X))
print(re.findall(r"\w+", "héllo wörld 名前"), re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\d", "1٣", re.A))
m = re.search("é+", "aéééb")
print(m.span(), m.group(), re.search(r"\bb", "ab b"), re.search(r"a\Z", "ba").span())
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{,2}", "aaa"), re.findall(r"x{", "x{"), re.findall("[]a]", "]a"))
print(re.findall(r"[\d\s]+", "12 34x"), re.findall(r"\x41\u0042", "AB"), re.findall(r"a\.b", "a.b axb"))
print(re.findall("(?#comment)a", "aa"), bool(re.match("a", "a")), re.compile("a") == re.compile("a"))
print(re.search(r"^$", ""), re.match(".*", "").span(), re.findall("", "ab"))
for bad in ["(", "a)", "[a", "*a", "\\q"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("re.error", bad)
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
print(re.compile(r"\d+", re.M | re.I), re.I | re.M == 10)
print(re.match("(a)(b)?", "a").groups(), re.match("(a)(b)?", "a").group(2), re.sub(r"(a)(b)?", r"[\2]", "a"))
re.purge()
re.match("a", "a").group(3)
