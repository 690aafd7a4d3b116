# Combining dicts: update, |, |=, ** unpacking, and later-wins rules.
defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "qty": 3}
print({**defaults, **overrides})
print({**overrides, **defaults})
print(defaults | overrides, overrides | defaults)
merged = dict(defaults)
merged.update(overrides, color="blue")
print(merged, defaults)
print({"a": 1, **{"b": 2}, "a": 3, **{"c": 4}})
print(dict(defaults, qty=10), dict(**defaults))
try:
    dict(defaults, **{1: "x"})
except TypeError as e:
    print(type(e).__name__, e)
x = {"k": [1]}
y = x.copy()
y["k"].append(2)
y["new"] = 0
print(x, y)
z = {}
z |= defaults
z |= {"qty": 0}
print(z)

def f(**kw):
    return kw

print(f(**defaults, extra=True))
try:
    f(**defaults, color="dup")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
