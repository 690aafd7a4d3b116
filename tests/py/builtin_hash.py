# hash() of ints, bools and tuples of ints (deterministic in CPython); hashability errors.
for n in [0, 1, -1, -2, 2, 100, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(n, hash(n))
print(hash(True), hash(False), hash(True) == hash(1))
for t in [(), (0,), (1, 2), (2, 1), (1, (2, 3)), (-1, -1), (True, False)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0), hash(2 ** 61 - 1) == hash(0))
for bad in [[], {}, set(), ([1],), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
