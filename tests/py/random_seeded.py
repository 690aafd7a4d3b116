import random

random.seed(42)
print([random.random() for _ in range(3)])
print(random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 3))
print(random.choice('abcdef'), random.choice([1, 2, 3]))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
print(random.uniform(1.5, 2.5), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(0, 1))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(0.5, 1))
print(random.gammavariate(1.0, 2.0), random.gammavariate(3.0, 1.0))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(2), random.weibullvariate(1, 2))

for s in ['hello', b'bytes', bytearray(b'xy'), 2**100 + 7, -5, 0, 3.5, '', 'h\u00e9llo']:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10**30))

random.seed(7)
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5))
print(random.sample(range(10**6), 8))
print(random.sample(['a', 'b', 'c', 'd'], 4))
print(random.sample(range(50), 30))
print(random.sample('abc', 2, counts=[1, 2, 3]))
print(random.choices('abc', k=5))
print(random.choices('abc', weights=[1, 0, 5], k=5))
print(random.choices('abc', cum_weights=[1, 1, 6], k=4))
print(random.randbytes(5))
print(random.randrange(-10, 10), random.randrange(10, -10, -3), random.randint(-2**70, 2**70))

r = random.Random(123)
r2 = random.Random(123)
print(r.random() == r2.random(), r.random())
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
print(state[0], len(state[1]), state[1][-1])
r.gauss()
st = r.getstate()
print(st[2] is not None, r.gauss() == (r.setstate(st) or r.gauss()))
random.seed(99, version=1)
print(random.random())
random.seed('abc', version=1)
print(random.random())

for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(0, 10, 0), lambda: random.choice([]),
            lambda: random.sample(range(3), 4), lambda: random.getrandbits(-1),
            lambda: random.choices('ab', [1, 2, 3]), lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]),
            lambda: random.seed([1]), lambda: random.sample({1, 2}, 1),
            lambda: random.choices('ab', 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
