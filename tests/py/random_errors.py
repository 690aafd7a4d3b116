import random

random.seed(3)
cases = [
    lambda: random.randint(1.5, 3),
    lambda: random.randint(1, 3.5),
    lambda: random.randint(5, 1),
    lambda: random.randint(1),
    lambda: random.randrange('a'),
    lambda: random.choice(5),
    lambda: random.choice({}),
    lambda: random.choice(''),
    lambda: random.shuffle((1, 2, 3)),
    lambda: random.shuffle('abc'),
    lambda: random.sample({1: 2}, 1),
    lambda: random.sample([1, 2, 3], -1),
    lambda: random.sample(5, 1),
    lambda: random.sample([1, 2], 1.0),
    lambda: random.sample('ab', 2, counts=[0, 0]),
    lambda: random.sample('ab', 1, counts=[-1, 2]),
    lambda: random.sample('ab', 1, counts=[1.5, 2]),
    lambda: random.sample([1, 2]),
    lambda: random.choices('ab', weights=['x', 'y']),
    lambda: random.choices('ab', k='2'),
    lambda: random.choices('ab', weights=[1, -2], k=3),
    lambda: random.choices('ab', weights=[float('inf'), 1]),
    lambda: random.getrandbits('8'),
    lambda: random.getrandbits(8.0),
    lambda: random.getrandbits(),
    lambda: random.getrandbits(k=3),
    lambda: random.getrandbits(1, 2),
    lambda: random.sample(iter([1, 2]), 1),
    lambda: random.uniform(1),
    lambda: random.uniform('a', 'b'),
    lambda: random.gauss('a'),
    lambda: random.seed({}),
    lambda: random.seed([1, 2]),
    lambda: random.seed(1, version=3),
    lambda: random.seed(1, 2, 3),
    lambda: random.Random('x', 'y'),
    lambda: random.setstate('bad'),
    lambda: random.setstate((3, tuple(range(5)), None)),
    lambda: random.expovariate(0),
    lambda: random.triangular(1, 0, 5),
    lambda: random.randbytes(-1),
    lambda: random.binomialvariate(5, 0.5) if hasattr(random, 'binomialvariate') else 'no binomialvariate',
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)

# The same seed gives the same values whatever the argument type path.
r = random.Random()
r.seed(10)
a = [r.randint(0, 1000) for _ in range(5)]
r.seed(10)
print(a == [r.randint(0, 1000) for _ in range(5)], a)
r.seed(-10)
print([r.randint(0, 1000) for _ in range(5)])
r.seed(b'\x00\xff')
print(r.random(), r.choice(range(1000)), r.randrange(-5, 5))
print(r.sample(range(20), k=3), r.choices([1, 2, 3], k=2))
print(random.Random(0).getrandbits(64), random.Random(2**32).random())
x = [1, 2, 3, 4, 5]
random.Random(1).shuffle(x)
print(x, random.Random(1).uniform(10, 0), random.Random(1).triangular(0, 1, 1))


class Indexable:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i


import collections
print(random.Random(1).sample(collections.deque([1, 2, 3]), 2))
for population in [Indexable(), {1, 2}, frozenset([1])]:
    try:
        random.Random(1).sample(population, 1)
    except TypeError as e:
        print(type(e).__name__, e)
