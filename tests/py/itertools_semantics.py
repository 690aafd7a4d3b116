# Laziness and state of itertools objects: what each consumes from its input and when,
# groupby's shared iterator, tee's independent copies, islice's consumption, count's
# float steps, and the combinatoric counts for various sizes.
import itertools as it


class Noisy:
    def __init__(self, n):
        self.items = iter(range(n))
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self.items)
        self.pulled += 1
        return value


src = Noisy(10)
print(list(it.islice(src, 2, 6, 2)), src.pulled, next(src))
src = Noisy(10)
print(list(it.takewhile(lambda x: x < 3, src)), src.pulled, next(src))
src = Noisy(10)
d = it.dropwhile(lambda x: x < 3, src)
print(src.pulled, next(d), src.pulled, list(d))
src = Noisy(5)
c = it.chain(src, 'ab')
print(next(c), src.pulled, list(c))
src = Noisy(6)
z = it.zip_longest(src, 'ab', fillvalue='-')
print(list(z), src.pulled)
src = Noisy(4)
a, b = it.tee(src)
print(next(a), next(a), src.pulled, next(b), list(a), list(b), src.pulled)
x, y, w = it.tee('abc', 3)
print(list(x), list(y), list(w), it.tee([], 0))

groups = it.groupby('aaabbcaa')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2), [(k, list(g)) for k, g in groups])
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1], key=lambda v: v % 2)])
print([k for k, _ in it.groupby(sorted('mississippi'))], list(it.groupby([])))

print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(['a', 'b', 'c'])), list(it.accumulate([1.5, 2], initial=0.5)), list(it.accumulate(range(5), lambda a, b: a - b, initial=100)))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1, 1, 1])), list(it.compress('abc', it.repeat(0))), list(it.filterfalse(None, [0, 1, '', 'x', [], [0]])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 0)])), list(it.starmap(lambda *a: len(a), [(), 'ab', [1, 2, 3]])))
print(list(it.islice(it.count(1.5, 0.1), 4)), list(it.islice(it.count(-3, -2), 3)), list(it.islice(it.cycle('ab'), 5)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise(range(3))))
for n in range(5):
    for r in range(6):
        counts = (len(list(it.permutations(range(n), r))), len(list(it.combinations(range(n), r))),
                  len(list(it.combinations_with_replacement(range(n), r))))
        print(counts, end=' ')
    print()
print(list(it.product('ab', range(2), repeat=1)), list(it.product()), list(it.product('ab', [])), len(list(it.product('abc', repeat=3))))
print(list(it.permutations('abc', 2))[-2:], list(it.combinations('abcd', 3)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.zip_longest('ab', 'xyz', [1])), list(it.zip_longest()), list(it.repeat('r', 3)), list(zip(range(3), it.repeat(None))))

# Each iterator is its own type, named and shown as in CPython.
objs = [it.count(), it.repeat(1), it.chain(), it.groupby('a'), it.cycle([]), it.islice([], 1),
        it.accumulate([]), it.compress([], []), it.dropwhile(bool, []), it.takewhile(bool, []),
        it.filterfalse(bool, []), it.starmap(max, []), it.zip_longest(), it.product(),
        it.permutations([]), it.combinations([], 0), it.combinations_with_replacement([], 0),
        it.pairwise([]), it.tee([])[0], next(it.groupby('a'))[1]]
print([type(o).__name__ for o in objs])
print([repr(o).split(' at ')[0] for o in objs[3:]])
print(isinstance(objs[4], it.cycle), isinstance(objs[14], it.permutations), type(it.tee('a')[1]) is type(it.tee('b')[0]))


class MyCycle(it.cycle):
    pass


m = MyCycle('ab')
print(type(m).__name__, next(m), next(m), next(m))
