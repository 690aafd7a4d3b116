# Invalid format specs and their messages.
cases = [
    (42, "q"), (42, ".2d"), (42, "s"), (3.5, "d"), (3.5, "x"), ("s", "d"), ("s", "+"), ("s", "="),
    ("s", "#"), ("s", "05"), (42, ",c"), (300000000, "c"), (1.5, "c"), (42, "z"),
    (42, "5.5.5"), (42, "10000000000000000000000"), ("x", "<<"), (None, "d"), ([1], ">3"), (1, ".f"),
    (1.0, "%%"), (True, "s"),
]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
for fmt in ["{:d}", "{:%}", "{!x}", "{0!}", "{:{}}", "{0:{1}d}"]:
    try:
        print(repr(fmt), fmt.format("text", "bad"))
    except (ValueError, TypeError, IndexError) as e:
        print(repr(fmt), type(e).__name__, e)
