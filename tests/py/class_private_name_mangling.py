# Private names (__x, not __x__) are spelled _Class__x inside a class body and the
# functions in it: attributes, methods, class variables, locals, parameters, globals,
# imports and f-strings alike, so a subclass cannot clobber them. Keyword arguments in
# calls are not mangled.
import math


class Account:
    __count = 0
    __version__ = "dunder: not mangled"

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def __secret(self):
        return f"{self.owner} has {self.__balance}"

    def show(self):
        return self.__secret()

    @classmethod
    def count(cls):
        return cls.__count


class Savings(Account):
    def __init__(self, owner, balance):
        super().__init__(owner, balance)
        self.__balance = "savings' own"

    def both(self):
        return self._Account__balance, self.__balance


s = Savings("ann", 10)
print(s.show(), s.both(), Account.count())
print(sorted(k for k in ("_Account__balance", "_Savings__balance", "__balance") if hasattr(s, k)))
print(hasattr(Account, "_Account__secret"), hasattr(Account, "__secret"), Account._Account__count)
for attempt in (lambda: s.__balance, lambda: Account.__count):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e)


class Locals:
    def run(self, __param=1):
        __local = __param + 1
        return __local, [__v * 2 for __v in range(2)], (lambda __a: __a)(3)

    def call(self):
        try:
            return self.run(__param=5)
        except TypeError as e:
            return str(e)

    def missing(self):
        try:
            return __nowhere
        except NameError as e:
            return str(e)

    def imported(self):
        from math import pi as __pi
        return __pi == math.pi


o = Locals()
print(o.run(), o.call(), o.missing(), o.imported())

__global_name = "module level is not mangled"


class ReadsGlobal:
    def get(self):
        global __global_name
        try:
            return __global_name
        except NameError as e:
            return str(e)


print(ReadsGlobal().get(), __global_name)


class _Leading__Underscores:
    def f(self):
        self.__x = 1
        return [k for k in ("_Leading__Underscores__x",) if hasattr(self, k)]


class ___:
    def f(self):
        self.__y = 2
        return hasattr(self, "__y")


print(_Leading__Underscores().f(), ___().f())


class Outer:
    class __Inner:
        def g(self):
            self.__z = 3
            return hasattr(self, "_Inner__z")

    def make(self):
        return self.__Inner().g()


print(Outer().make(), hasattr(Outer, "_Outer__Inner"))
