# A TypeError raised inside a user __add__ while summing objects.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if not isinstance(other, Meters):
            raise TypeError(f"cannot add Meters and {type(other).__name__}")
        return Meters(self.v + other.v)

    def __repr__(self):
        return f"{self.v}m"

print(Meters(2) + Meters(3))
parts = [Meters(1), Meters(2), 5]
total = parts[0]
for p in parts[1:]:
    total = total + p
    print("running total", total)
