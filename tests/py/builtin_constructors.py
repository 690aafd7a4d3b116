# Type constructors: int/float/str/bool/list/tuple/dict/set/frozenset/bytes with and without args.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes())
print(int("12"), int(12.9), int("-0x1f", 16), float("1.5"), float(3), str(1.0), str([1]), bool("x"), bool(0))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), tuple([1]), tuple("xy"))
print(dict(a=1), dict([("b", 2)]), dict({"c": 3}, d=4), dict(zip("ef", (5, 6))))
print(sorted(set("hello")), sorted(frozenset([3, 1, 3])), bytes(2), bytes([104, 105]), bytes("é", "utf-8"))
print(type(int()).__name__, type(str(5)).__name__, type(list(())).__name__)
print(str(b"x"), str(None), str(str), repr(str("q")), str(int), str(ValueError))
print(int(" 42\n"), float(" -1e3 "), int("1_0"), float("1_0.5"))
lst = [1, 2]
copy = list(lst)
print(copy == lst, copy is lst, tuple(lst) == (1, 2))
t = (1, 2)
print(tuple(t) is t, str("abc"), frozenset(frozenset([1])) == frozenset([1]))
for bad in [lambda: int("1.0"), lambda: float("x"), lambda: list(1), lambda: dict(1), lambda: set(1),
            lambda: tuple(None), lambda: bool(1, 2), lambda: str(1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
