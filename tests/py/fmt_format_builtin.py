# format() builtin and user __format__ hooks.
print(format(42), format(42, ""), format(42, "d"), format(42, "5"), format(42, "<5") + "|")
print(format(3.14159, ".2f"), format("hi", "^6") + "|", format(None), format([1, 2]), format(True))
print(format(0.1), format(1e100), format(-0.0, "f"), format(255, "#x"))

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __str__(self):
        return "Money"

m = Money(12345)
print(format(m), format(m, "cents"), format(m, ",.1f"), f"{m}", f"{m:cents}", f"{m:>12.3f}", "{:cents}".format(m))
print(str(m), f"{m!s}", f"{m!s:>8}")

class Plain:
    def __str__(self):
        return "plain!"

p = Plain()
print(format(p), f"{p}", f"{p:}", f"{p!s:*^10}")
try:
    format(p, "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
