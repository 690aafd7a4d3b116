# Single inheritance: overriding, extending with super(), attribute lookup through bases.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"

class Cat(Animal):
    sound = "meow"

class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + "!"

    def kind(self):
        return "dog, an " + super().kind()

class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

for a in [Animal("generic"), Cat("Tom"), Dog("Rex", ["sit"]), Puppy("Bit")]:
    print(type(a).__name__, a.speak(), "|", a.kind())
p = Puppy("Bit", ["roll"])
print(p.tricks, p.name, isinstance(p, Animal), isinstance(p, Cat), issubclass(Puppy, Animal))
print(issubclass(Dog, Dog), issubclass(Animal, Dog), issubclass(bool, int), issubclass(Cat, object))

class Base:
    def template(self):
        return f"[{self.hook()}]"

    def hook(self):
        return "base hook"

class Derived(Base):
    def hook(self):
        return "derived hook"

print(Base().template(), Derived().template())

class NoInit(Dog):
    pass

n = NoInit("inherits init", ["x"])
print(n.name, n.tricks, n.speak())
try:
    Dog()
except TypeError as e:
    print(type(e).__name__, e)
