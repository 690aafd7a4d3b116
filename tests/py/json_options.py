import json

# allow_nan, check_circular, ensure_ascii, indent forms, separators and their errors.
print(json.dumps([1.5, float("inf")], allow_nan=True))
for v in [float("inf"), -float("inf"), [float("nan")], {"k": float("-inf")}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps({"a": [1, 2]}, indent=-1), json.dumps([1], indent=""))
print(json.dumps({"é": "ü"}, ensure_ascii=False), json.dumps({"é": "\U0001f600"}))
print(json.dumps({"a": 1, "b": 2}, separators=(";", "=")), json.dumps([[]], indent=1))
print(json.dumps({"b": [3, {"z": 1, "y": 2}], "a": None}, sort_keys=True, indent=1))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True), json.dumps({"x": 1, "a": 2}, sort_keys=False))
print(json.dumps({b"k": 1, "j": 2}, skipkeys=True), json.dumps({1.5: 1, -0.0: 2, float("inf"): 3}))
print(json.dumps(True), json.dumps(None), json.dumps(3.0), json.dumps(1e100), json.dumps(-1.5e-10))
print(json.dumps("\u2028\u2029\x1f\x00"), json.dumps("\x7f\x80\xff"), json.dumps("\U0010ffff"))


class Weird:
    pass


calls = [
    lambda: json.dumps(Weird()),
    lambda: json.dumps({Weird(): 1}),
    lambda: json.dumps([1], indent=1.5),
    lambda: json.dumps([1, 2], separators=(",",)),
    lambda: json.dumps([1], separators=(1, 2)),
    lambda: json.dumps(1, bogus=True),
    lambda: json.dumps(Weird(), default=lambda o: "W"),
    lambda: json.dumps({"a": Weird()}, default=repr) == '{"a": "%s"}' % repr,
    lambda: json.dumps([1], default=5),
    lambda: json.dumps({None: 1, True: 2, 3: None}, sort_keys=True),
    lambda: json.dumps({"a": 1, None: 2}, sort_keys=True),
    lambda: json.dumps(b"bytes", default=lambda b: b.decode()),
    lambda: json.dumps(Weird, default=lambda c: c.__name__),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1]
b = [a, a]
print(json.dumps(b, check_circular=False))
c = {}
c["c"] = [c]
try:
    json.dumps(c)
except ValueError as e:
    print("ValueError:", e)


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(Weird(), default=lambda o: Weird())
except RecursionError:
    print("RecursionError")
