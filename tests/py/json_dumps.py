import json

print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "x\ny"}))
print(json.dumps([1e16, 1.0, -0.0, 0.1, 1e-7, 123456789.123]))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps("héllo ☃ 😀 \x7f \x01 \t \\ \" /"))
print(json.dumps("héllo ☃ 😀 \x7f \x01", ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True))
print(json.dumps({"a": [1, {"b": []}], "c": {}}, indent=2))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=2, separators=(", ", " = ")))
print(json.dumps((1, 2, (3,))))
print(json.dumps(2 ** 100))
print(json.dumps(-5))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({1, 2} if False else [], default=list))
print(json.dumps({1, 2}, default=sorted))


class P:
    def __init__(self, x):
        self.x = x


print(json.dumps([P(1), P(2)], default=lambda o: {"x": o.x}))


class D(dict):
    pass


class L(list):
    pass


print(json.dumps(D(a=L([1, 2]))))

for bad in [{1, 2}, P(3), b"x", {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)

a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print("ValueError:", e)

try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
shared = [1]
print(json.dumps([shared, shared]))
print(json.dumps(""), json.dumps([]), json.dumps({}), json.dumps([], indent=4), json.dumps({}, indent=4))
