# `for a, b in enumerate(...)` and `for k, v in d.items()` unpack each pair as it comes;
# everything a tuple would do must still hold.
def gen():
    yield 'x'
    yield 'y'


print([(i, c) for i, c in enumerate('abc')])
for i, c in enumerate(gen(), 10):
    print(i, c)
for i, c in enumerate('ab', 2**63 - 1):
    print(i, c)
for i, c in enumerate('ab', -(2**70)):
    print(i, c)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate('pq')
print(next(e), list(e))

d = {'a': 1, 'b': 2, 'c': 3}
for k, v in d.items():
    d[k] = v * 10
print(d)
total = 0
for k, v in sorted(d.items()):
    total += v
print(total)

try:
    for k, v in d.items():
        d['new' + k] = v
except RuntimeError as err:
    print('RuntimeError', err)

try:
    for a, b, c in enumerate('xy'):
        pass
except ValueError as err:
    print('ValueError', err)

try:
    for a, b in d.keys():
        pass
except ValueError as err:
    print('ValueError', err)


def boom():
    yield 1
    raise KeyError('inner')


try:
    for i, v in enumerate(boom()):
        print('got', i, v)
except KeyError as err:
    print('KeyError', err)

it = iter({'k': 'v'}.items())
print(next(it), next(it, 'done'))
pairs = list(enumerate(range(3)))
print(pairs, type(pairs[0]).__name__)
t = (5, 6)
x, y = t
print(x, y, t)
try:
    a, b = (1, 2, 3)
except ValueError as err:
    print('ValueError', err)
