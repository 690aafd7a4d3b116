# Short-circuit evaluation returning operand values, used for defaults and guards.
def get(d, k):
    return d and k in d and d[k]

print(get({}, "a"), get(None, "a"), get({"a": 0}, "a"), get({"a": 5}, "a"), get({"b": 1}, "a"))
items = []
print(items and items[0], (items or ["default"])[0])
items = ["first"]
print(items and items[0], (items or ["default"])[0])
calls = []

def f(tag, result):
    calls.append(tag)
    return result

r = f("a", 0) or f("b", "") or f("c", None)
print(repr(r), calls)
calls.clear()
r = f("a", 1) and f("b", []) and f("c", 3)
print(repr(r), calls)
calls.clear()
r = (f("a", 0) and f("b", 1)) or (f("c", 2) and f("d", 3))
print(repr(r), calls)
x = None
print(x is not None and x.attribute)
print(all([]), any([]), all([1, 0, 1/1]), any(v > 2 for v in [1, 2, 3]))
