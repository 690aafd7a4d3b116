# !r, !s and !a conversions with str() and repr() on different objects.
class Tag:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return f"Tag({self.label!r})"

    def __str__(self):
        return f"<{self.label}>"

t = Tag("b")
print(f"{t} {t!s} {t!r} {t!a}")
print("{} {!s} {!r}".format(t, t, t))
print("%s %r" % (t, t))
print(str(t), repr(t), [t], (t,), {"k": t})
s = "héllo\n"
print(f"{s!r} {s!a}")
print(f"{s!r:>15}|{s!a:<20}|")
print(f"{42!r} {42!s} {3.0!r} {None!r} {b'x'!r} {b'x'!s}")
print(f"{chr(39)!r} {chr(34)!r}")
print(repr(f"{'x'!r}"))
