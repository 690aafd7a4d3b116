# Every dict method.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zzz", "default"), d.pop("d", None), d)
try:
    d.pop("zzz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({"x": 10})
d.update(y=20, z=30)
d.update([("w", 40)])
d.update({"a": -1}, b=-2)
print(d)
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
m = {"a": 1} | {"b": 2} | {"a": 3}
print(m)
m |= {"c": 4}
m |= [("d", 5)]
print(m)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({"x": 1, "y": 2, "z": 3})))
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
