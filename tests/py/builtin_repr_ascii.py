# repr() and ascii() of builtin values and nested containers.
values = [0, -1, 2.5, -0.0, 1e100, True, None, "s", "it's", 'q"', "\n", "é", b"\x00b", [1, [2]], (1,), (),
          {"k": (1, 2)}, set(), {7}, frozenset(), range(2), range(1, 10, 2), [None, [], {}], {1: {2: {3: []}}}]
for v in values:
    print(repr(v), ascii(v))
print(ascii("日本"), repr(ValueError("x")), repr(KeyError("k")), repr(StopIteration()))
print(repr(int), repr(str), repr(type), repr(object), repr(ValueError), repr(type(None)))
print(repr(NotImplemented), repr(Ellipsis), repr(...))
