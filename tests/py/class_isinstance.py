# isinstance/issubclass with inheritance chains, tuples, builtins, and errors.
class Vehicle: pass
class Car(Vehicle): pass
class SportsCar(Car): pass
class Boat(Vehicle): pass
class Amphibian(Car, Boat): pass

objs = [Vehicle(), Car(), SportsCar(), Boat(), Amphibian()]
for o in objs:
    print(type(o).__name__.ljust(10), isinstance(o, Vehicle), isinstance(o, Car), isinstance(o, Boat),
          isinstance(o, (SportsCar, Boat)), type(o) is Car)
print(issubclass(SportsCar, Vehicle), issubclass(Vehicle, Car), issubclass(Amphibian, (Boat, int)))
print(issubclass(Car, Car), issubclass(Car, object), isinstance(Car, type), isinstance(Car(), type))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", str), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(KeyError, LookupError))
print(isinstance(1, ()), issubclass(int, ()))
print(isinstance(3, (str, (list, (int,)))))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Car(), Vehicle)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Car, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(3) == int, type(True) == int, type(Amphibian()).__name__)
print([type(x).__name__ for x in [1, 1.0, "", b"", [], (), {}, set(), frozenset(), None, range(1), len]])
