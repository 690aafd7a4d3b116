# A ValueError raised by a property setter.
class Percentage:
    def __init__(self, value):
        self.value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        if not 0 <= v <= 100:
            raise ValueError(f"percentage out of range: {v}")
        self._value = v

p = Percentage(40)
print(p.value)
p.value = 99
print(p.value)
p.value = 101
