# len of every builtin container; bool and str conversions of many objects.
items = ["", "abc", "日本", b"ab", bytearray(3), [], [1, [2, 3]], (), (1,), {}, {"a": 1}, set(), {1, 2}, frozenset([1]),
         range(10), range(0, 10, 3), {"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items()]
print([len(x) for x in items])
print([bool(x) for x in items])
print([str(x) for x in [1, -2.5, None, True, "s", b"s", [1, "a"], (1,), {"k": None}, range(3)]])
for bad in [5, 2.5, None, True, (x for x in []), zip()]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
