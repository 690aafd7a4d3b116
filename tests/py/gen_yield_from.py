# yield from: delegation, return values, nested generators, flattening.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"

print(list(outer()))
g = outer()
for v in g:
    print("got", v)

def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, (4, 5)], []], 6])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3), {"k": 0})))

def delegating_send():
    received = yield from receiver()
    yield f"receiver finished with {received}"

def receiver():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

d = delegating_send()
print(next(d), d.send(5), d.send(7), d.send(None))

def tree(n):
    if n == 0:
        return 0
    count = yield n
    sub = yield from tree(n - 1)
    return 1 + sub

t = tree(3)
print(list(t))

def gen_with_result():
    x = yield from []
    return x

try:
    next(gen_with_result())
except StopIteration as e:
    print("empty yield from gives", e.value)
