# TypeError messages for unsupported operand combinations.
pairs = [(1, "a"), ("a", 1), ([1], (1,)), ({1}, [1]), (None, 1), (1.5, "x"), ({}, {}), (b"a", "a")]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("<", lambda a, b: a < b), ("&", lambda a, b: a & b),
       ("**", lambda a, b: a ** b), ("@", lambda a, b: a @ b)]
for a, b in pairs:
    for name, f in ops:
        try:
            r = f(a, b)
            print(repr(a), name, repr(b), "=", repr(r))
        except TypeError as e:
            print(repr(a), name, repr(b), "->", e)
for name, f in [("-", lambda v: -v), ("+", lambda v: +v), ("~", lambda v: ~v), ("abs", abs)]:
    for v in ["s", [1], None, 2.5]:
        try:
            print(name, repr(v), "=", f(v))
        except TypeError as e:
            print(name, repr(v), "->", e)
