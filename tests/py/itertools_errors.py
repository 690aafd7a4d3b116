# Argument errors of every itertools function and class (wrong counts, wrong types,
# bad keywords, out-of-range values), with CPython's messages; then the type names
# and reprs of the iterator objects.
import itertools as it

cases = [
    lambda: it.count('a'),
    lambda: it.count(1, 'b'),
    lambda: it.count(1, 2, 3),
    lambda: it.count(start=1, stop=2),
    lambda: it.repeat(),
    lambda: it.repeat(1, 'x'),
    lambda: it.repeat(1, 2, 3),
    lambda: it.cycle(),
    lambda: it.cycle([1], [2]),
    lambda: it.accumulate(),
    lambda: it.accumulate([1], max, 0),
    lambda: list(it.accumulate([1, 'a'])),
    lambda: it.accumulate([1], foo=1),
    lambda: it.chain(1).__next__(),
    lambda: list(it.chain([1], 2)),
    lambda: it.chain.from_iterable(),
    lambda: list(it.chain.from_iterable([1])),
    lambda: it.compress([1]),
    lambda: it.compress(data=[1], selectors=[1], extra=1),
    lambda: it.dropwhile(bool),
    lambda: list(it.dropwhile(5, [1])),
    lambda: list(it.takewhile(None, [1])),
    lambda: it.filterfalse(bool),
    lambda: it.groupby(),
    lambda: it.groupby([1], len, 3),
    lambda: list(it.groupby([1, 2], key=5)),
    lambda: it.islice([1]),
    lambda: it.islice([1], 'a'),
    lambda: it.islice([1], -1),
    lambda: it.islice([1], 0, -1),
    lambda: it.islice([1], 0, 1, 0),
    lambda: it.islice([1], 0, 1, -1),
    lambda: it.islice([1], 1.5),
    lambda: it.islice([1], 1, 2, 3, 4),
    lambda: it.starmap(pow),
    lambda: list(it.starmap(pow, [1])),
    lambda: list(it.starmap(pow, [(1, 2, 3, 4)])),
    lambda: it.zip_longest([1], fill=2),
    lambda: it.product([1], repeat=-1),
    lambda: it.product([1], repeat='2'),
    lambda: it.product([1], foo=1),
    lambda: it.permutations(),
    lambda: it.permutations([1], -1),
    lambda: it.permutations([1], 'a'),
    lambda: it.combinations([1]),
    lambda: it.combinations([1], -1),
    lambda: it.combinations([1], 1.0),
    lambda: it.combinations_with_replacement([1], -2),
    lambda: it.combinations_with_replacement('ab'),
    lambda: it.pairwise(),
    lambda: it.pairwise([1], [2]),
    lambda: it.tee([1], -1),
    lambda: it.tee([1], 'x'),
    lambda: it.tee(),
    lambda: next(it.count(), 1, 2),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)

print(repr(it.count()), repr(it.count(5)), repr(it.count(2, 3)), repr(it.count(1.5, -0.5)), repr(it.count(0, 1.0)))
print(repr(it.repeat('a')), repr(it.repeat('a', 3)), repr(it.repeat(None, 0)), repr(it.repeat(1, -5)))
c = it.count(10)
next(c)
print(repr(c), list(it.repeat(1, -5)), list(it.islice(it.count(0.5, 0.25), 3)), list(it.islice(it.count(2**64, -1), 2)))
for obj in [it.count(), it.repeat(1), it.chain(), it.groupby([]), it.cycle([]), it.islice([], 1),
            it.accumulate([]), it.compress([], []), it.dropwhile(bool, []), it.takewhile(bool, []),
            it.filterfalse(bool, []), it.starmap(max, []), it.zip_longest(), it.product(),
            it.permutations([]), it.combinations([], 0), it.combinations_with_replacement([], 0),
            it.pairwise([]), it.tee([])[0]]:
    print(iter(obj) is obj, end=' ')
print()
print(list(it.islice('abcdef', None)), list(it.islice('abcdef', 2, None)), list(it.islice('abcdef', None, None, 2)))
print(list(it.islice('abcdef', 1, 100)), list(it.islice(iter('abcdef'), 3, 1)), list(it.islice('ab', 0)))
for bad in [lambda: it.islice(), lambda: it.islice([1], stop=1), lambda: it.cycle(iterable=[1]),
            lambda: it.chain(x=1), lambda: it.chain.from_iterable([1], [2]), lambda: it.tee([1], n=2),
            lambda: it.repeat(1, None), lambda: it.count(start=1, step=2, foo=3), lambda: it.groupby([1], iterable=[2]),
            lambda: it.accumulate(iterable=[1], func=None, initial=None, extra=1), lambda: it.permutations([1], 1.0),
            lambda: it.tee([1], 1.0), lambda: it.product([1], [2], repeat=2.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(list(it.accumulate(iterable=[1, 2], initial=10)), list(it.count(start=3, step=2).__next__() for _ in range(1)))
print(list(it.compress(data='abc', selectors=[1, 0, 1])), list(it.combinations(iterable='abc', r=2)), list(it.repeat(object='x', times=2)))
print(list(it.product('ab', repeat=2)), [list(g) for k, g in it.groupby(iterable='aab', key=None)], list(it.permutations('ab', r=None)))
