# @staticmethod and @classmethod: alternative constructors, class-level counters, subclass awareness.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @classmethod
    def today_like(cls):
        return cls(2000, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

d = Date.from_string("2024-02-29")
print(d, Date.is_leap(2024), Date.is_leap(1900), d.is_leap(2000))
print(Date.today_like(), Date.created)

class FancyDate(Date):
    pass

f = FancyDate.from_string("1999-12-31")
print(f, type(f).__name__, FancyDate.created, Date.created)

class Registry:
    items = []

    @classmethod
    def add(cls, item):
        cls.items.append(item)
        return len(cls.items)

    @classmethod
    def reset(cls):
        cls.items = []

print(Registry.add("a"), Registry.add("b"), Registry().add("c"), Registry.items)
Registry.reset()
print(Registry.items)

class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-5, 0, 10))
print(type(Date.__init__).__name__)
