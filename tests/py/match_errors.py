# match statement runtime errors: class patterns with too many positional sub-patterns
# (plural and singular messages), raised only once isinstance succeeded; bad
# __match_args__ (not a tuple, non-string elements, checked only as far as used);
# calling a non-class; a positional and a keyword sub-pattern for the same attribute;
# unhashable value-pattern keys; duplicate value-pattern keys (a ValueError at run time,
# only once the subject is a mapping with enough keys and lookups got that far). The last
# statement raises uncaught.


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class C:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class StrArgs:
    __match_args__ = "a"
    a = 1


class IntElem:
    __match_args__ = ("a", 5)
    a = 1


class Holder:
    unhashable = [1]
    number = 5
    inst = C()


def too_many(v):
    match v:
        case C(1, 2, 3):
            return "m"


def no_args(v):
    match v:
        case NoArgs(1):
            return "m"
        case NoArgs():
            return "NoArgs() with no sub-patterns is fine"


def bad_args(v):
    match v:
        case int():
            return "an int, no class check reached"
        case ListArgs(1):
            return "m"
        case StrArgs(1):
            return "m"
        case IntElem(1, 2):
            return "m"


def int_elem_ok(v):
    match v:
        case IntElem(1): return "only the first __match_args__ entry was used"


def int_two(v):
    match v:
        case int(1, 2):
            return "m"


def twice(v):
    match v:
        case C(1, a=1):
            return "m"


def not_a_class(v, which):
    match v:
        case str():
            return "a str"
        case Holder.number() if which == 1:
            return "m"
        case Holder.inst():
            return "m"


def unhashable(v):
    match v:
        case {Holder.unhashable: 1}:
            return "m"


class Same:
    a = "k"
    b = "k"


def dup_keys(v):
    match v:
        case {Same.a: x, Same.b: y}:
            return "m"
        case {"k": x, Same.b: y, "q": z}:
            return "m"
        case _:
            return "fell through"


show("too many", lambda: too_many(C()))
show("too many, not an instance", lambda: too_many(5))
show("no args", lambda: no_args(NoArgs()))
show("no args, other subject", lambda: no_args("x"))
show("list", lambda: bad_args(ListArgs()))
show("str", lambda: bad_args(StrArgs()))
show("int elem", lambda: bad_args(IntElem()))
show("int subject", lambda: bad_args(7))
show("int elem ok", lambda: int_elem_ok(IntElem()))
show("int two", lambda: int_two(3))
show("int two on a str", lambda: int_two("3"))
show("twice", lambda: twice(C()))
show("number", lambda: not_a_class(1, 1))
show("instance", lambda: not_a_class(1, 2))
show("str before non-class", lambda: not_a_class("s", 1))
show("unhashable", lambda: unhashable({1: 1}))
show("unhashable, not a mapping", lambda: unhashable([1]))
show("dup keys", lambda: dup_keys({"k": 1, "z": 2}))
show("dup keys, too short", lambda: dup_keys({"k": 1}))
show("dup keys, first key absent", lambda: dup_keys({"j": 1, "z": 2}))
show("dup keys, not a mapping", lambda: dup_keys(["k", "k"]))


class One:
    __match_args__ = ("a",)
    a = 1


match One():
    case One(1, 2):
        print("unreachable")
