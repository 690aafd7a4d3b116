# and/or/not return operands, short-circuit, and truthiness of many values.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or "", "" or 0, None or [] or "last")
print([] and 1, [0] and "yes", "a" and "b" and "c", "a" and "" and "c")
print(not 0, not 1, not "", not "x", not [], not None, not not 5)
print(None and 1 / 0, 1 or 1 / 0, False and undefined_name)

def side(label, value):
    print("  called", label)
    return value

print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 2))
print(side("a", 0) or side("b", 0) or side("c", 3) or side("d", 4))
print(side("a", 1) or side("b", 1) and side("c", 0))
print(not side("x", []) and side("y", "yes"))
values = [0, 0.0, -0.0, "", b"", [], (), {}, set(), range(0), None, False,
          1, -1, 0.1, " ", b"\x00", [0], (None,), {0: 0}, {0}, range(1), True]
print([bool(v) for v in values])
name = ""
print(name or "anonymous", (name or "anon").upper())
config = {"retries": 0}
print(config.get("retries") or 3, config.get("retries") if config.get("retries") is not None else 3)
print(1 if True else 2, 1 if [] else 2, "a" if 0 else "b" if 0 else "c")
print(True + (False or 5), (0 or None) is None)
