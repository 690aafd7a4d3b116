# float() parsing of strings, ints, and special values.
for s in ["3.14", "-2.5", "+1", "  7.25\n", "1e3", "1E-3", "-1.5e+2", ".5", "5.", "1_000.5",
          "inf", "-inf", "+inf", "Infinity", "-INFINITY", "nan", "NaN", "-nan", "1e400", "-1e400",
          "1e-400", "0.1", "00012.50", "12"]:
    print(repr(s), float(s))
print(float(3), float(-0), float(2 ** 80), float(True), float())
print(float("  -0.0  "), float("-0"))
for bad in ["", "abc", "1.2.3", "1e", "e5", "--1", "1_", "_1", "1__0", "in f", "0x10", "1,5"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1.0], {}]:
    try:
        print(float(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(b"2.5"), float(bytearray(b"-1e2")))
