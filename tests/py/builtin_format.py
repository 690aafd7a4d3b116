# format() builtin across types, compared with str.format and f-strings.
values = [(42, ""), (42, "5"), (42, "<5"), (42, "x"), (42, "#b"), (-42, "+08"), (3.14159, ".3f"), (3.14159, "e"),
          (1234567, ","), (0.25, "%"), ("text", "^10"), ("text", ".2"), (True, ""), (True, "d"), (None, ""),
          ([1, 2], ""), ((1,), ""), (2.5, ""), (1e20, ""), (255, "X")]
for v, spec in values:
    a = format(v, spec)
    b = ("{:" + spec + "}").format(v)
    c = f"{v:{spec}}"
    print(repr(v), repr(spec), repr(a), a == b == c)
print(format(65, "c"), format(10, "n"), format(1.0, "n"))
