# Errors around generators: raising inside, StopIteration conversion, re-entrancy.
def raises_midway():
    yield 1
    raise ValueError("failed after first")

g = raises_midway()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("generator is finished after raising")

def leaks_stop_iteration():
    yield 1
    raise StopIteration("inside generator")

try:
    list(leaks_stop_iteration())
except RuntimeError as e:
    print(type(e).__name__, e)

def uses_next_on_empty():
    it = iter([])
    yield next(it)

try:
    list(uses_next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
partial = []
try:
    for v in raises_midway():
        partial.append(v)
except ValueError:
    pass
print(partial)
