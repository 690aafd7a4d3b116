# super() with cooperative keyword arguments and method resolution order.
class Shape:
    def __init__(self, **kwargs):
        self.extra = kwargs
        print("Shape init, leftover:", kwargs)

    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__}(area={self.area()})"

class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        self.color = color
        print("Colored init", color)
        super().__init__(**kwargs)

    def describe(self):
        return super().describe() + f" color={self.color}"

class Rect(Shape):
    def __init__(self, w=1, h=1, **kwargs):
        self.w, self.h = w, h
        print("Rect init", w, h)
        super().__init__(**kwargs)

    def area(self):
        return self.w * self.h

class ColoredRect(Colored, Rect):
    pass

cr = ColoredRect(color="red", w=2, h=3, tag="x")
print(cr.describe(), cr.extra)

class Square(Rect):
    def __init__(self, side, **kwargs):
        super().__init__(w=side, h=side, **kwargs)

    def area(self):
        return super().area()

print(Square(4).describe())

class Logger:
    def log(self, msg):
        return [f"Logger: {msg}"]

class Timestamped(Logger):
    def log(self, msg):
        return [f"Timestamped: {msg}"] + super().log(msg)

class Prefixed(Logger):
    def log(self, msg):
        return [f"Prefixed: {msg}"] + super().log("pre-" + msg)

class Both(Timestamped, Prefixed):
    pass

for line in Both().log("event"):
    print(line)
print(super(Both, Both()).log("explicit two-arg super")[0])
