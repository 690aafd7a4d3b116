# bool is a subclass of int: arithmetic, indexing, counting.
print(True + True, True * 10, False - 1, True / 2, -True, ~False)
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__)
print(sum([True, False, True, True]))
print(["no", "yes"][True], ["no", "yes"][False])
print(True == 1, True is True, (1 == 1) is True)
print(int(True), float(True), str(True), repr(False))
print(bool(0), bool(1), bool(-1), bool(2 ** 100), bool(0.0), bool(-0.0))
print(bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(None))
print(True & 1, True | 2, True ^ 1, True << 2)
print(True > False, max(True, 2), min(False, -1))
print(divmod(True, True), pow(True, 10), abs(True), abs(-True))
print(hash(True) == hash(1), hash(False) == hash(0))
d = {1: "one"}
d[True] = "true"
print(d)
print(len({0, False, 0.0}), len({1, True, 1.0}))
print(True.real, True.numerator, False.denominator)
print(str(True + False), f"{True}", f"{True:d}", f"{True:>5}")
print(1 + (2 > 1), 10 * (3 == 3) + 5 * (3 != 3))
count = 0
for x in [1, 5, 8, 12, 15]:
    count += x > 6
print(count)
print(type(True and 1).__name__, type(0 or False).__name__)
print(bool.__name__, type(not 5).__name__, not 0, not "x")
