# Nested function definitions, functions defined conditionally, redefinition.
def outer(flag):
    if flag:
        def helper():
            return "flag was true"
    else:
        def helper():
            return "flag was false"
    return helper()

print(outer(True), outer(False))

def version():
    return 1

first = version

def version():
    return 2

print(first(), version())

def make_ops():
    def add(a, b):
        return a + b

    def sub(a, b):
        return a - b

    return {"add": add, "sub": sub}

ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3), ops["add"].__name__)

def counter_factory():
    counts = {"calls": 0}

    def call():
        counts["calls"] += 1
        return counts["calls"]

    return call

c = counter_factory()
c()
c()
print(c())

def recursive_inner(n):
    def walk(k):
        return [] if k == 0 else [k] + walk(k - 1)
    return walk(n)

print(recursive_inner(5))

def shadow_param(x):
    def inner(x):
        return x * 10
    return inner(x + 1), x

print(shadow_param(1))
