# Attribute lookup order: instance, class, base classes; methods vs data; shadowing methods.
class Base:
    x = "Base.x"
    y = "Base.y"

    def method(self):
        return "Base.method"

class Mid(Base):
    y = "Mid.y"

class Leaf(Mid):
    def method(self):
        return "Leaf.method"

leaf = Leaf()
print(leaf.x, leaf.y, leaf.method())
leaf.x = "instance x"
print(leaf.x, Leaf.x, Base.x)
Base.x = "Base.x changed"
print(Leaf.x, Mid().x, leaf.x)
leaf.method = lambda: "instance attribute shadows method"
print(leaf.method(), Leaf().method())
Mid.y = "Mid.y changed"
print(Leaf().y)
del Mid.y
print(Leaf().y)

class Counter:
    value = 0

    def bump(self):
        self.value += 1
        return self.value

c1, c2 = Counter(), Counter()
c1.bump()
c1.bump()
print(c1.value, c2.value, Counter.value)

def external(self):
    return f"external function bound to {type(self).__name__}"

Counter.describe = external
print(c2.describe())
print(Counter.bump(c2), c2.value)
try:
    Leaf().nothing_here
except AttributeError as e:
    print(type(e).__name__, e)
