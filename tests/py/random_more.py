import random

class MyRandom(random.Random):
    pass

r = MyRandom(2024)
print(type(r).__name__, r.random(), r.randint(0, 9), r.choice((1, 2, 3)))
print(isinstance(r, random.Random), random.Random(5).random() == random.Random(5).random())
for seed in [-2**200, 2**64 - 1, 12345678901234567890, True, -0.5, 1e300, b'', 'seed' * 100]:
    r.seed(seed)
    print(r.random(), r.getrandbits(64), r.randrange(10**40))
r.seed(1)
print(r.sample((10, 20, 30, 40, 50), 3), r.sample('hello world', 4), r.sample(range(10**9), 3))
print(r.choices(range(5), [0.1, 0.2, 0.3, 0.2, 0.2], k=6), r.choices(['x', 'y'], k=0))
print([r.randrange(0, 100, 7) for _ in range(6)], [r.randrange(100, 0, -9) for _ in range(4)])
print(r.gauss(), r.gauss(), r.gauss(10, 0.1))
print([r.triangular(1, 1) for _ in range(2)], r.uniform(5, 5), r.expovariate(0.25))
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']
r.shuffle(words)
print(words)
big = list(range(1000))
r.shuffle(big)
print(big[:10], sum(big))
print(r.sample(range(1000), 60)[:8], len(set(r.sample(range(100), 100))))
a = random.Random(7)
b = random.Random()
b.setstate(a.getstate())
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(11)
st = random.getstate()
x = [random.random() for _ in range(700)]
random.setstate(st)
print(x == [random.random() for _ in range(700)], x[-1])
print(random.getrandbits(0), random.getrandbits(31), random.getrandbits(33), random.getrandbits(1000) % 10**12)
print(random.randbytes(0), len(random.randbytes(33)), random.randbytes(3))
print([random.randint(-3, 3) for _ in range(10)])
print(random.betavariate(0.5, 0.5), random.gammavariate(2.5, 3.0), random.vonmisesvariate(0, 0), random.lognormvariate(1, 0.5))
for bad in [lambda: random.setstate((2, (), None)), lambda: random.gammavariate(0, 1),
            lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.choices([], k=1),
            lambda: random.randrange(10, 1), lambda: random.randrange(1, 10, -1),
            lambda: random.choices('ab', [0, 0]), lambda: random.randrange(5, None, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
