# ZeroDivisionError messages for every float/int operator combination.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1 // 0", lambda: 1 // 0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1 // 0.0", lambda: 1 // 0.0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("divmod(1, 0.0)", lambda: divmod(1, 0.0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1", lambda: 0 ** -1),
    ("pow(0.0, -2)", lambda: pow(0.0, -2)),
    ("True / False", lambda: True / False),
    ("x /= 0", None),
]
for text, f in cases:
    try:
        if f is None:
            x = 3.0
            x /= 0
            result = x
        else:
            result = f()
        print(text, "=", result)
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__, e)
    except ArithmeticError as e:
        print(text, "-> other", type(e).__name__, e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
