# Polymorphism via duck typing and overriding; abstract-style base raising NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

class Triangle(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return 0.5 * self.b * self.h

class Blob(Shape):
    pass

shapes = [Rect(2, 3), Circle(1), Triangle(4, 5)]
for s in shapes:
    print(s)
print(sorted(shapes, key=lambda s: s.area())[0].__class__.__name__)
print(sum(s.area() for s in shapes))
try:
    print(Blob())
except NotImplementedError as e:
    print(type(e).__name__, e)

class Duck:
    def speak(self):
        return "quack"

class Robot:
    def speak(self):
        return "beep"

class Mute:
    pass

for thing in [Duck(), Robot(), Mute()]:
    try:
        print(thing.speak())
    except AttributeError as e:
        print("cannot speak:", e)
