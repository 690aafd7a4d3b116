# %-formatting: the plain templates (only %%, %d/%i of ints, %s of strs and ints) and
# everything next to them that the general path must still render or refuse.
cases = [("k%d", 5), ("k%d", -12), ("%s=%s", ("a", "b")), ("%s-%d", ("x", 3)), ("100%%", ()), ("%d%%", 5), ("%%%d", 7),
         ("%s", (1, 2)), ("%s", [1]), ("%s", {"a": 1}), ("%d", "x"), ("%d", True), ("%s", True), ("%d %d", (1,)), ("%d", (1, 2)),
         ("%i|%s", (4, 4)), ("%", 1), ("abc%", ()), ("%5d", 3), ("%x", 255), ("%s%s", ("é", "ü")), ("no args", ()), ("no args", 5), ("%s", ()), ("%s", ("",)), ("%(a)s", {"a": 1}), ("%s", 2**70), ("%d", 2**70)]
for t, a in cases:
    try:
        print(repr(t % a))
    except Exception as e:
        print(type(e).__name__, e)
