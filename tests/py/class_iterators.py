# User iterators: __iter__/__next__ classes, iterables returning fresh iterators, StopIteration.
class CountUp:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n

c = CountUp(3)
print(list(c), list(c))
print(next(CountUp(5)), sum(CountUp(4)), [x * 10 for x in CountUp(3)])

class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __iter__(self):
        return Range2Iter(self.start, self.stop)

class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        self.cur += 1
        return self.cur - 1

r = Range2(2, 5)
print(list(r), list(r), 3 in r, max(r))
for a in r:
    for b in r:
        if b > a:
            print((a, b), end=" ")
print()
it = iter(r)
print(next(it), next(it), next(it), next(it, "done"))

class GenIter:
    def __init__(self, word):
        self.word = word

    def __iter__(self):
        for ch in self.word:
            yield ch.upper()

print(list(GenIter("abc")), "".join(GenIter("xyz")), dict(zip(GenIter("ab"), CountUp(2))))

class NotIterable:
    pass

try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 5

try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = CountUp(3)
print(a, b, c)
