# Multiple inheritance: diamond, C3 linearization observed through super() chains.
class A:
    def who(self):
        return ["A"]

    def greet(self):
        return "hello from A"

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()

    def greet(self):
        return "hello from C"

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())
print(D().greet())

class E(C, B):
    def who(self):
        return ["E"] + super().who()

print(E().who())

class Init:
    def __init__(self):
        print("Init.__init__")

class Left(Init):
    def __init__(self):
        print("Left.__init__ start")
        super().__init__()
        print("Left.__init__ end")

class Right(Init):
    def __init__(self):
        print("Right.__init__ start")
        super().__init__()
        print("Right.__init__ end")

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__ start")
        super().__init__()
        print("Bottom.__init__ end")

Bottom()

class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"

class Thing:
    def extra(self):
        return "thing extras"

class MixedThing(Mixin, Thing):
    pass

print(MixedThing().describe())
print(isinstance(MixedThing(), Mixin), isinstance(MixedThing(), Thing), issubclass(D, (C, int)))

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

try:
    class Z(P, Q):
        pass
except TypeError as e:
    print(type(e).__name__, e)
