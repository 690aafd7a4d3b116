# Dict construction, access, insertion order, len, in, del, KeyError.
d = {"one": 1, "two": 2}
print(d, len(d), d["one"], "two" in d, 2 in d, "three" not in d)
d["three"] = 3
d["one"] = 100
print(d)
del d["two"]
print(d, list(d))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict({"k": 1}, k2=2))
print(dict(zip("abc", range(3))), dict([[1, 2]]), {1: "a", 1.0: "b", True: "c"})
print({(1, 2): "tuple key", None: "none key", 3.5: "float key", "": "empty"})
for key in ["missing", 42, (1, 2), None, ""]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del", type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
e = {}
e["z"] = 1
e["a"] = 2
e["m"] = 3
print(list(e), list(e.values()))
del e["z"]
e["z"] = 4
print(list(e))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(bool({}), bool({0: 0}), str({}), repr({"q": "'"}))
