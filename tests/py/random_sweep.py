# Every random.Random method over many seeds (ints, negative, big, str, bytes, float):
# the Mersenne Twister, its seeding and each derived distribution must give CPython's
# exact values.
import random

seeds = [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 5, -(2**100), 'abc', '', b'xyz', bytearray(b'q'), 3.25, -0.0, 10**30 + 0.0]
for seed in seeds:
    r = random.Random(seed)
    row = [r.random(), r.getrandbits(7), r.getrandbits(65), r.randrange(1000), r.randrange(-50, 50, 7),
           r.randrange(10**25), r.randint(1, 6), r.choice('abcdefg'), r.uniform(-1, 1),
           r.triangular(0, 10, 3), r.gauss(0, 1), r.normalvariate(10, 2), r.lognormvariate(0, 0.5),
           r.expovariate(3), r.vonmisesvariate(1, 4), r.gammavariate(0.7, 2), r.gammavariate(5, 0.5),
           r.betavariate(2, 5), r.paretovariate(3), r.weibullvariate(2, 1.5)]
    deck = list(range(12))
    r.shuffle(deck)
    row += [deck, r.sample(range(30), 5), r.sample('abcdefghij', 10), r.sample(['x', 'y', 'z'], 2, counts=[3, 1, 2]),
            r.choices('abc', k=4), r.choices(range(4), weights=[0.5, 1.5, 2, 0], k=5),
            r.choices('wxyz', cum_weights=[1, 1.5, 3, 10], k=3), r.randbytes(6)]
    print(repr(seed), row)

r = random.Random(2024)
print([r.randrange(2**k) for k in range(1, 70, 6)])
print([r.randrange(3**k, 3**k + 10**k) for k in range(1, 30, 4)])
state = r.getstate()
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)], state[0], state[1][0], state[1][-1], state[2])
random.seed(17)
print(random.random(), random.randint(0, 99), random.sample(range(100), 3), random.choice([1, 2, 3]))
random.seed('17')
print(random.random(), random.getrandbits(40))
random.seed(17, version=1)
print(random.random())
random.seed(b'17', version=1)
print(random.random())
