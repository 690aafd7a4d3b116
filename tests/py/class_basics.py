# Class definitions, instances, class vs instance attributes, methods and self.
class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.describe(), fido.describe(), Dog.count)
print(rex.species, fido.species, Dog.species)
rex.species = "wolf (instance override)"
print(rex.species, fido.species, Dog.species)
Dog.species = "changed on class"
print(rex.species, fido.species)
print(rex.birthday().birthday().age)
print(type(rex).__name__, type(rex) is Dog, isinstance(rex, Dog), rex.__class__.__name__)
print(Dog.describe(fido))
rex.nickname = "R"
print(rex.nickname, hasattr(fido, "nickname"))
try:
    fido.nickname
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Empty:
    pass

e = Empty()
e.x = 1
print(e.x, type(e).__name__, Empty.__name__)
print(Dog, Empty)

class WithList:
    shared = []

    def __init__(self):
        self.own = []

a, b = WithList(), WithList()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, a.own)
