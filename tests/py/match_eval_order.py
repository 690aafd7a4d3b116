# match statement evaluation order: value and class names in patterns are looked up only
# when their case is reached; value patterns compare `subject == value` (subject's
# __eq__ first, then the reflected one); attribute lookups in class patterns go through
# properties, where an AttributeError just fails the case and other errors propagate;
# CPython looks up every attribute a class pattern names (positional first, then
# keywords in written order) before matching any sub-pattern.


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class C:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


class Raises:
    __match_args__ = ("v",)

    @property
    def v(self):
        raise ValueError("boom in property")


class Hides:
    __match_args__ = ("v",)

    @property
    def v(self):
        raise AttributeError("hidden")


def attribute_errors(v):
    match v:
        case Raises(x):
            return x
        case Hides(x):
            return x
        case C(1, 2):
            return "C(1, 2) matched"
        case _:
            return "fell through"


show("raises", lambda: attribute_errors(Raises()))
show("hides", lambda: attribute_errors(Hides()))
show("ok", lambda: attribute_errors(C()))


class Lookups:
    X = 1


def lazy(v):
    match v:
        case 1:
            return "one"
        case Lookups.MISSING:
            return "missing"


def lazy_class(v):
    match v:
        case 1:
            return "one"
        case Undefined():
            return "undefined"
        case _:
            return "unreachable"


show("lazy 1", lambda: lazy(1))
show("lazy 2", lambda: lazy(2))
show("lazy class 1", lambda: lazy_class(1))
show("lazy class 2", lambda: lazy_class(2))


class A:
    def __eq__(self, other):
        print("  A.__eq__ with", type(other).__name__)
        return NotImplemented


class B:
    def __eq__(self, other):
        print("  B.__eq__ with", type(other).__name__)
        return True


class Values:
    a = A()
    b = B()


for subject in [A(), B(), 3]:
    match subject:
        case Values.a:
            print(type(subject).__name__, "matched Values.a")
        case Values.b:
            print(type(subject).__name__, "matched Values.b")


class Logged:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        print("  get a")
        return 1

    @property
    def b(self):
        print("  get b")
        return 2

    @property
    def c(self):
        print("  get c")
        return 3


match Logged():
    case Logged(0, c=3):
        print("no")
    case Logged(1, c=0):
        print("no")
    case Logged(b=2, a=1):
        print("keywords in any order matched")
