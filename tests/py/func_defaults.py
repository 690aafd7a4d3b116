# Default arguments: evaluation time, the mutable default pitfall, None sentinel idiom.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2))
base = 10

def uses_default(x=base):
    return x

base = 20
print(uses_default(), base)

def counter(calls={"n": 0}):
    calls["n"] += 1
    return calls["n"]

print(counter(), counter(), counter())

def defaults_from_expr(a, b=len("four"), c=[i * i for i in range(3)]):
    return a, b, c

print(defaults_from_expr(0))

def many(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw

print(many(1, d=4), many(1, 5, 6, 7, d=8, e=9), many(a=0, d=0))
