# type() of many values, type comparisons, isinstance with builtin hierarchies.
vals = [1, True, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, range(1), print, len,
        (x for x in ""), zip(), map(str, []), filter(None, []), enumerate([]), object()]
print([type(v).__name__ for v in vals])
print(type(1) is int, type(True) is int, type(type(1)).__name__, type(int).__name__, type(type).__name__)
print(isinstance(True, (int, str)), isinstance(1.0, int), isinstance(None, object), isinstance(KeyError(), LookupError))
print(type("x")("abc"), type(5)("7") + 1, type([1])((2, 3)), type({})(a=1))

class A: pass
class B(A): pass

print(type(B()) is B, type(B()) == A, isinstance(B(), A), type(B()).__name__, type(A).__name__)
print(type(ValueError()).__name__, type(ValueError).__name__, isinstance(ValueError, type))
