# Generator functions: lazy execution, next(), StopIteration, exhaustion.
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("countdown done")

g = countdown(3)
print("created generator, nothing ran yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(list(countdown(2)))
print(next(countdown(0), "empty default"))
g2 = countdown(1)
print(next(g2, "x"), next(g2, "default after end"))

def gen_with_return():
    yield 1
    return "the return value"

gr = gen_with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("value:", e.value, e.args)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
it = iter(fib())
print([next(it) for _ in range(5)], type(it).__name__)
print(sum(countdown(4)), max(countdown(3)))
