# A property's AttributeError falls back to __getattr__; __new__ returning a subclass
# instance runs that subclass's __init__; a StopIteration escaping a generator is the
# RuntimeError's cause.
class A:
    @property
    def p(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


print(A().p, A().q)


class Base:
    def __new__(cls):
        return object.__new__(Derived)

    def __init__(self):
        print("Base.__init__")


class Derived(Base):
    def __init__(self):
        print("Derived.__init__")


print(type(Base()).__name__)


def g():
    yield 1
    raise StopIteration("x")


try:
    list(g())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
list(g())
