# ArithmeticError family with exact messages from int/float/pow/divmod/round/conversions.
checks = [
    ("5 / 0", lambda: 5 / 0), ("5 // 0", lambda: 5 // 0), ("5 % 0", lambda: 5 % 0),
    ("5.0 / 0", lambda: 5.0 / 0), ("5.0 // 0.0", lambda: 5.0 // 0.0), ("5.0 % 0.0", lambda: 5.0 % 0.0),
    ("divmod(5, 0)", lambda: divmod(5, 0)), ("divmod(5.0, 0)", lambda: divmod(5.0, 0)),
    ("0 ** -1", lambda: 0 ** -1), ("0.0 ** -1", lambda: 0.0 ** -1), ("pow(0, -1, 5)", lambda: pow(0, -1, 5)),
    ("int(1e400)", lambda: int(float("1e400"))),
    ("float(10**400)", lambda: float(10 ** 400)), ("10**400 / 1", lambda: 10 ** 400 / 1),
    ("round(inf)", lambda: round(float("inf"))), ("1e308 * 10", lambda: 1e308 * 10),
]
for label, f in checks:
    try:
        print(label, "=", f())
    except ArithmeticError as e:
        print(label, "->", type(e).__name__ + ":", e)
    except ValueError as e:
        print(label, "-> ValueError:", e)
