# Dict views are live, support len/in/iteration, and keys/items views act like sets.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(len(keys), "a" in keys, 2 in values, ("a", 1) in items, ("a", 2) in items)
d["c"] = 3
print(keys, values, items)
print(list(keys), sorted(values), list(items)[-1])
del d["a"]
print(keys, len(values))
print(sorted(keys & {"b", "x"}), sorted(keys | {"x"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "q"}))
print(sorted(items & {("b", 2), ("c", 0)}))
print(keys == {"b", "c"}, keys == {"b"}, {"b", "c"} == keys)
print(isinstance(keys, type({}.keys())), type(values).__name__, type(items).__name__)
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {1: "x", 2: "y"}
try:
    for k in e.keys():
        del e[k]
except RuntimeError as e2:
    print(type(e2).__name__, e2)
f = {1: 1, 2: 2}
for k in f:
    f[k] = k * 10
print(f)
for k in list(f):
    if k == 1:
        del f[k]
print(f)
print(list(zip({"p": 1, "q": 2}.keys(), {"p": 1, "q": 2}.values())))
print(reversed({"k": 1}.items()) is not None, list(reversed({"a": 1, "b": 2}.values())))
