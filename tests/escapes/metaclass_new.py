# expect: error TypeError
# Code in a metaclass runs at class creation with the new class in hand. Sandpit has a
# single metaclass, type, which cannot be subclassed, so the attempt stops at the class
# statement; if metaclasses are ever added this must become `dunder __mro__`.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        print('ESCAPED', len(cls.__mro__[-1].__subclasses__()))
        return cls


class A(metaclass=Meta):
    pass
