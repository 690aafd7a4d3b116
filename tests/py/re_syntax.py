import re

# Escapes: octal, hex, \N{...}, class escapes and literals.
print(re.findall(r"\101\0\x42\u0043\U00000044", "A\0BCD"), re.findall(r"[\101-\103]+", "xABCy"))
print(re.findall(r"\N{EM DASH}|\N{LATIN SMALL LETTER E WITH ACUTE}", "a—é"), re.findall(r"[\b]", "a\bb"))
print(re.findall(r"\a\f\v\t\\", "\a\f\v\t\\"), re.findall(r"\.\*\+\?\(\)\[\]\{\}\|\^\$", ".*+?()[]{}|^$"))
print(re.findall(r"[\]\-\\^]", "a]-\\^b"), re.findall("[]]", "]"), re.findall("[^]]+", "ab]c"), re.findall("[a-]", "-a"))
print(re.findall(r"[-a]", "-a"), re.findall(r"[\w.-]+@\w+", "x.y-z@host"), re.findall(r"[\s\d]", "a 1\tb"))
print(re.findall(r"\#\ \&\~\-\%", "# &~-%"), re.findall("&&|~~|--", "&&~~--"), re.findall(r"[&~]", "a&~b"))

print(re.findall(r"\s", "\x1c\x1d a\u3000"), re.findall(r"[\s]", "\x1f\x85"), re.findall(r"\S+", "a\x1cb"), re.findall(r"[^\S]", "a\x1e"))

# Repeats.
print(re.findall("a{2}", "aaaaa"), re.findall("a{2,}", "aaaaa b aa"), re.findall("a{,2}b", "aaab"), re.findall("a{,}", "aa"))
print(re.findall("a{}", "a{}"), re.findall("a{1,2,3}", "a{1,2,3}"), re.findall("{", "{"), re.findall("x{a}", "x{a}"))
print(re.findall("a*?b", "aab"), re.findall("a+?", "aa"), re.findall("a??b", "ab"), re.findall("a{1,2}?", "aaa"))
print(re.match("(ab)*", "ababx").group(), re.match("(?:ab)+?", "abab").group(), re.findall("(a|b)*c", "abac"))

# Flags inline (global at the start, scoped anywhere) and as arguments.
print(re.findall("(?i)ab", "AB ab Ab"), re.findall("(?i:a)b", "Ab AB"), re.findall("a(?i:b)", "aB AB"))
print(re.findall("(?s).", "\n"), re.findall("(?s:.)x", "\nx"), re.findall("(?m)^a", "a\na"), re.findall("(?-i:a)b", "ab Ab", re.I))
print(re.findall("(?x) a b # comment\n c", "abc"), re.findall("(?x: a b )c d", "abc d abcd"), re.findall(r"(?x)a\ b", "a b"))
print(re.findall("(?x)a[ ]b", "a b"), re.findall(r"(?a)\w+", "héllo"), re.findall(r"(?a:\w)+", "héllo"), re.findall(r"\W+", "é!", re.A))
print(re.findall(r"[\W]", "é!", re.A), re.findall(r"\S+", "a\u00a0b", re.A), re.findall(r"\d", "1١", re.ASCII), re.findall(r"\b\w", "é a", re.A))
print(re.compile("(?i)(?m)a").flags, re.compile("(?u)a").flags, re.compile("(?x)a").flags, re.compile("(?a)a").flags)
print(re.compile("a", re.I | re.M | re.S | re.X).flags, re.compile("(?#c)(?s)a").flags, re.compile("a", re.U).flags)

# Groups: numbering with named and non-capturing groups, nested groups.
m = re.match(r"(?P<a>x)(?:y)(z(?P<b>w))?", "xyzw")
print(m.groups(), m.groupdict(), m.re.groupindex, m.lastindex, m.lastgroup, m.span("b"), m.re.groups)
m = re.match(r"((a)(b))(c)", "abc")
print(m.groups(), m.lastindex, [m.span(i) for i in range(5)], m.regs)
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").lastindex, re.match("()", "").groups())

# Constructs CPython 3.11 rejects.
for pat in ["a(?i)b", "a|(?i)b", " (?i)a", "(?-i)", "(?i-i:a)", "(?a-u:a)", "(?i", "(?)", "(?<n>a)",
            "(?<", "(?P=x)", r"(a)\2", r"(a\1)", r"\8", r"[\8]", r"[\A]", r"\400", r"[\400]",
            r"\U00110000", r"[a-\d]", r"[\w-z]", "(?L)a", "(?au)a", "(?-a:x)", "(?i-:x)", "(?i-x)",
            "(?P<a.b>x)", "(?P>x)", "(?Px)", r"\b*", "^*", "$+", "(?P<a", "(?P=a", r"\N", r"\N{", r"\N{}",
            r"\N{NOT A REAL NAME}", "a{3,2}", "(*)", "(|*)", "((a)", "(a))", "[^", "[a-", "a\n)\n",
            "(?(", "(?>", "(?(x) ", "(?(0)a)", "(?(a.b)x)", "(?(3)a)(b)", "(?=a", "(?<=a",
            "(?!a|*)", "(?>a)**", r"(a)\1**", "x*+*", "\\x4\\", r"(?\0", r"\N{\x4}", r"(?P\d", "a{2,1}\\",
            "(?P<a'b>x)", "(?P=a'b)", '(?P<a"b>x)']:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), e)
try:
    re.compile("a{4294967296}")
except OverflowError as e:
    print("OverflowError", e)
