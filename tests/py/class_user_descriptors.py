# User-defined descriptors: __get__/__set__/__delete__ on a class attribute, data
# descriptors over instance attributes, non-data ones under them, __set_name__.
class Ten:
    def __get__(self, obj, objtype=None):
        return 10 if obj is not None else ("class access", objtype.__name__)

    def __set__(self, obj, value):
        print("__set__", value)


class A:
    x = Ten()


a = A()
print(a.x, A.x)
a.x = 5
print(a.x)


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)


class Order:
    price = Positive()
    qty = Positive()

    def __init__(self, price, qty):
        self.price = price
        self.qty = qty


o = Order(3, 4)
print(o.price * o.qty, type(Order.price).__name__)
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)
del o.price
print(hasattr(o, "_price"))


class Lazy:
    """A non-data descriptor: the instance attribute it sets hides it afterwards."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        print("computed")
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area)


class Logged:
    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)

    x = Ten()


g = Logged()
g.x = 7
g.y = 8
print(g.x, g.y)


class Base:
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Tagged(Base, tag="t"):
    pass


print(Tagged.tag)
try:
    class Bad(Base, other=1):
        pass
except TypeError as e:
    print("TypeError:", e)
