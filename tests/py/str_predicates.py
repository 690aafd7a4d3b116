# The is* predicate methods on a table of inputs.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "  ", "\t\n", "Hello World", "Hello world",
           "hello_world", "_private", "2cool", "class", "³", "½", "٣", "éà", "ÀB", "x y", "a\u00a0",
           "Ⅻ", "\x00", "printable~", "tab\t"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    flags = []
    for n in names:
        flags.append("T" if getattr(s, n)() else ".")
    print(repr(s).ljust(16), "    ".join(flags))
