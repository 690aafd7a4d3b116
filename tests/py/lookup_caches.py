# The VM caches where a global name and a class attribute were found; every way of
# changing a namespace must be seen by the next lookup.

# Globals: rebinding, deleting (falls back to the builtin), shadowing a builtin later.
def use_len(x):
    return len(x)

print(use_len([1, 2, 3]))
len = lambda x: "shadowed"
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))

counter = 0
def bump():
    global counter
    counter += 1
    return counter

for _ in range(3):
    print(bump())

def later():
    return helper()

try:
    later()
except NameError as e:
    print("NameError:", e)

def helper():
    return "helper defined"

print(later())
a, b, c = 1, 2, 3
def read_abc():
    return a + b + c
print(read_abc())
# Many new globals (the table grows and moves its entries) between two reads.
g0 = g1 = g2 = g3 = g4 = g5 = g6 = g7 = g8 = g9 = g10 = g11 = g12 = g13 = g14 = 0
g15 = g16 = g17 = g18 = g19 = g20 = g21 = g22 = g23 = g24 = g25 = g26 = g27 = 0
print(read_abc())
del b
try:
    read_abc()
except NameError as e:
    print("NameError:", e)
b = 20
print(read_abc())

# Class attributes: a method replaced on the class and on a base class, an attribute
# added to a base class after the first lookup, an instance attribute shadowing a method,
# and a deleted class attribute.
class Base:
    def who(self):
        return "Base.who"

class Mid(Base):
    pass

class Leaf(Mid):
    def __init__(self):
        self.x = 1

leaf = Leaf()
for _ in range(2):
    print(leaf.who(), leaf.x)

Base.who = lambda self: "patched Base.who"
print(leaf.who())
Mid.who = lambda self: "Mid.who"
print(leaf.who())
del Mid.who
print(leaf.who())

try:
    leaf.extra
except AttributeError as e:
    print("AttributeError:", e)
Base.extra = "from Base"
print(leaf.extra)
leaf.extra = "from instance"
print(leaf.extra)
del leaf.extra
print(leaf.extra)
del Base.extra
try:
    print(leaf.extra)
except AttributeError as e:
    print("AttributeError:", e)

leaf.who = lambda: "instance attribute"
print(leaf.who())
del leaf.who
print(leaf.who())

# A property added later takes over an attribute of the same name.
class P:
    def __init__(self):
        self.v = "instance v"

p = P()
print(p.v)
P.v = property(lambda self: "property v", lambda self, value: print("setter got", value))
print(p.v)
p.v = 5
print(p.v)

# __setattr__ defined after instances were made.
class S:
    pass

s = S()
s.a = 1
S.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
s.a = 2
print(s.a)

# Rebinding an existing instance attribute many times keeps the latest value.
class R:
    pass

r = R()
for i in range(5):
    r.value = i
print(r.value)

# Many distinct attribute names (more than a cache holds) read back correctly.
class Many:
    pass

m = Many()
for i in range(600):
    setattr(m, "attr%d" % i, i)
print(sum(getattr(m, "attr%d" % i) for i in range(600)))
for i in range(600):
    setattr(Many, "cls%d" % i, i)
print(sum(getattr(m, "cls%d" % i) for i in range(600)))
print(getattr(m, "attr599"), getattr(m, "cls0"))

# Exceptions keep their special attributes when set through the same code as others.
class MyError(Exception):
    pass

def set_fields(obj):
    obj.args = ("replaced",)
    obj.note = "a note"

err = MyError("original")
plain = R()
for target in (plain, err, plain, err):
    set_fields(target)
print(err.args, err.note, str(err), plain.args, plain.note)

# The same code reading an attribute on instances of different classes.
class One:
    def __init__(self):
        self.val = "one"
    def name(self):
        return "One.name"

class Two:
    val = "class-level two"
    def name(self):
        return "Two.name"

def read(o):
    return o.val, o.name()

for o in (One(), Two(), One(), Two()):
    print(read(o))
Two.name = lambda self: "Two.name patched"
print(read(Two()))
