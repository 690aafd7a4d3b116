# Generators and the iterator protocol: iter() returns self, interleaving, zip with generators.
def letters():
    yield from "abc"

g = letters()
print(iter(g) is g, next(iter(g)))
print(list(zip(letters(), range(10))))
a, b = letters(), letters()
print(next(a), next(a), next(b), next(a), next(b))

def numbered(src):
    n = 0
    for item in src:
        n += 1
        yield n, item

print(dict(numbered("xyz")))
gen = (c for c in "hello")
print("h" in gen, list(gen))
gen = (c for c in "hello")
print("z" in gen, list(gen))

def running():
    total = 0
    for v in [5, 10, 15]:
        total += v
        yield total

print(list(running()), max(running()), sorted(running(), reverse=True))
first, *rest = running()
print(first, rest)
x, y, z = running()
print(x, y, z)
print(list(enumerate(running(), 1)), list(reversed(list(running()))))
try:
    len(running())
except TypeError as e:
    print(type(e).__name__, e)
try:
    running()[0]
except TypeError as e:
    print(type(e).__name__, e)
