# Comparison and hashing error messages for many type combinations.
left = [1, 1.5, "s", b"b", [1], (1,), None, {1}, {"k": 1}]
for a in left:
    for b in [1, "s", None, [1]]:
        try:
            a < b
            result = "ok"
        except TypeError as e:
            result = str(e)
        print(f"{type(a).__name__:>8} < {type(b).__name__:<8} {result}")
for v in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],), ((1, [2]),)]:
    try:
        hash(v)
    except TypeError as e:
        print(type(v).__name__, "->", e)
