# iter() and next(): defaults, sentinel form, iterators over builtins and user classes.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(iter("abc")), list(iter((1, 2))), sorted(iter({3, 1})), list(iter({"k": 1})))
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 4)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), next(iter(Countdown(2))))
c = Countdown(1)
print(iter(c) is c, next(c), next(c, "exhausted"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, None))
s = iter("xy")
print(next(s), list(s))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration:
    print("empty iterator")
try:
    iter(tick, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
