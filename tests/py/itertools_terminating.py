import itertools


print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=7)))
print(list(itertools.accumulate([])))
print(list(itertools.accumulate(['a', 'b', 'c'])))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(itertools.chain('ab', [1, 2], (), range(2))))
print(list(itertools.chain()))
print(list(itertools.chain.from_iterable(['ab', 'cd', ''])))
print(list(itertools.chain.from_iterable([[1], [2, 3]])))
ch = itertools.chain([1], [2])
print(next(ch), next(ch), next(ch, 'end'))
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('ABC', [1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6])))
print(list(itertools.zip_longest()))
print(list(itertools.pairwise('ABCDE')))
print(list(itertools.pairwise('A')), list(itertools.pairwise([])))
print(list(itertools.islice('ABCDEFG', 2)))
print(list(itertools.islice('ABCDEFG', 2, 4)))
print(list(itertools.islice('ABCDEFG', 2, None)))
print(list(itertools.islice('ABCDEFG', 0, None, 2)))
print(list(itertools.islice('ABCDEFG', 1, 6, 3)))
print(list(itertools.islice('ABC', 5, 10)))
print(list(itertools.islice(range(10), None)))
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 0)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 3, 3)), next(it))
for bad in [(-1,), (1, -1), ('a',), (0, 5, 0), (0, 5, -1), (1.5,)]:
    try:
        itertools.islice(range(5), *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    itertools.islice(range(5))
except TypeError as e:
    print('TypeError', e)
a, b = itertools.tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
t = itertools.tee(iter('xyz'), 3)
print(len(t), [list(x) for x in t])
print(itertools.tee([1], 0))
try:
    itertools.tee([1], -1)
except ValueError as e:
    print('ValueError', e)
for make in [lambda: itertools.cycle(5), lambda: itertools.compress(1, 'a'), lambda: itertools.dropwhile(bool, 2),
             lambda: itertools.takewhile(bool, 3), lambda: itertools.filterfalse(bool, 4), lambda: itertools.starmap(max, 5),
             lambda: itertools.zip_longest('a', 6), lambda: itertools.pairwise(7), lambda: itertools.accumulate(8),
             lambda: itertools.groupby(9), lambda: itertools.product(10), lambda: itertools.combinations(11, 2),
             lambda: itertools.tee(12), lambda: itertools.islice(13, 1)]:
    try:
        make()
        print('made')
    except TypeError as e:
        print('TypeError', e)
print(list(itertools.chain(1, 2))[:0] if False else 'chain is lazy')
try:
    list(itertools.chain([1], 2))
except TypeError as e:
    print('TypeError', e)
