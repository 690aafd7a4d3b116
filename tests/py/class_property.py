# @property with getter, setter and deleter; computed and validated attributes.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 2)

c = Circle(2)
print(c.area, c.area)
c.r = 3
print(c.area)

class ReadOnly:
    def __init__(self):
        self._v = 7

    @property
    def v(self):
        """The value."""
        return self._v

ro = ReadOnly()
print(ro.v)
try:
    del ro.v
except AttributeError as e:
    print(type(e).__name__, e)
print(type(ReadOnly.v).__name__, ReadOnly.v.__doc__)

class Child(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15

print(Child(0).kelvin)
