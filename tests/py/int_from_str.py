# int() parsing: bases, prefixes, underscores, whitespace, and errors.
print(int("42"), int("-42"), int("+42"), int("  17  "), int("\t\n9\n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36))
print(int("12", 3), int("-1010", 2))
print(int("0", 0), int("1_0", 0))
print(int(3.99), int(-3.99), int(True), int(False))
print(int("123456789012345678901234567890"))
print(int(" -1_2_3 "))
print(int(b"42"), int(bytearray(b"  7 ")))
bad = ["abc", "", " ", "1.5", "1__0", "_1", "1_", "0x", "12a", "--1", "+-1", "1 2"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, base in [("12", 2), ("9", 8), ("g", 16), ("010", 0), ("0b2", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
