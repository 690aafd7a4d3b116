# Rich comparisons: __eq__, __lt__ and friends, reflected comparisons, sorting user objects.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        return not self < other

    def __hash__(self):
        return hash(self.parts)

vs = [Version(t) for t in ["1.10.0", "1.2.0", "1.2", "0.9.9", "1.2.0"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") < Version("1.10"), Version("2.0") >= Version("2.0"), Version("1.0") == Version("1.0"))
print(Version("1.0") != Version("1.1"), Version("1.0") == "1.0", Version("3") > Version("2.9.9"))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vs, reverse=True), vs.index(Version("1.2.0")), vs.count(Version("1.2.0")))

class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}?")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"

print(OnlyLt(1) > OnlyLt(2))
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)

class AlwaysEqual:
    def __eq__(self, other):
        return True

print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [AlwaysEqual()] == [1])

class Plain:
    pass

p = Plain()
print(p == p, p == Plain(), p != Plain())
