# Functions as values: passing, returning, storing in containers, map/filter/sorted keys.
def apply(f, *args):
    return f(*args)

def twice(f):
    return lambda x: f(f(x))

print(apply(max, 3, 9, 2), apply(len, "four"), twice(lambda v: v * 3)(2))

def compose(*funcs):
    def run(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return run

pipeline = compose(str, lambda x: x * 2, abs)
print(repr(pipeline(-21)))
handlers = [str.upper, str.lower, str.title, len]
print([h("mIxEd case") for h in handlers])

def reduce(f, items, init):
    acc = init
    for it in items:
        acc = f(acc, it)
    return acc

print(reduce(lambda a, b: a * b, range(1, 6), 1), reduce(lambda a, b: b + a, "abc", ""))

def curry(f):
    return lambda a: lambda b: f(a, b)

print(curry(pow)(2)(10))

def memoize(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner

@memoize
def slow_square(n):
    print("computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
funcs = {"sq": lambda x: x * x, "neg": lambda x: -x}
print({name: f(3) for name, f in funcs.items()})
print(callable(print), callable(funcs["sq"]), callable(3), callable(str))
