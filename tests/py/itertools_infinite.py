import itertools

c = itertools.count()
print(next(c), next(c), next(c), c)
c = itertools.count(5, 2)
print([next(c) for _ in range(4)], c)
print(list(itertools.islice(itertools.count(1.5, 0.5), 4)))
print(repr(itertools.count(10)), repr(itertools.count(1, -1)))
r = itertools.repeat('x', 3)
print(r)
print(list(r), list(r))
print(list(itertools.repeat(7, -2)))
print(list(itertools.islice(itertools.repeat(None), 3)))
print(itertools.repeat('a'))
print(list(itertools.islice(itertools.cycle('abc'), 8)))
print(list(itertools.cycle([])))
print(list(zip(range(5), itertools.cycle([1, 2]))))
print(list(map(pow, range(5), itertools.repeat(2))))
for i in itertools.count(3):
    if i > 6:
        break
    print('loop', i)
try:
    itertools.count('a')
except TypeError as e:
    print('TypeError', e)
