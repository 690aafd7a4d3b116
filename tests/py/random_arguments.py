# random's methods called with keywords, degenerate counts and weights, and corrupt
# states for setstate, with CPython's results and messages.
import random
r = random.Random(1)
for f in [lambda: r.shuffle([1, 2], random.random), lambda: r.sample(range(10), k=3, counts=None), lambda: r.sample(population=range(5), k=2),
          lambda: r.choices(population='ab', weights=None, cum_weights=None, k=3), lambda: r.randrange(start=1, stop=5) if False else r.randrange(1, 5),
          lambda: r.sample('abc', 3, counts=[1, 1, 1]), lambda: r.sample('ab', 5, counts=[2, 3]), lambda: r.sample('ab', 6, counts=[2, 3]),
          lambda: r.choices('ab', [0.0, 0.0]), lambda: r.choices('ab', [float('nan'), 1]), lambda: r.choices('abc', cum_weights=[1, 2]),
          lambda: r.randint(10**30, 10**30 + 5), lambda: r.randrange(-5), lambda: r.uniform(a=1, b=2), lambda: r.triangular(mode=5),
          lambda: r.gauss(sigma=2), lambda: r.seed(a=3), lambda: r.random(), lambda: r.getrandbits(k=3), lambda: r.binomialvariate(3) if hasattr(r, 'binomialvariate') else 'n/a',
          lambda: random.Random(x=5).random(), lambda: r.setstate(r.getstate()[:2] + (None,)), lambda: r.setstate((3, (1,) * 625, None)),
          lambda: r.setstate((3, (0,) * 624 + (700,), None)), lambda: r.setstate((3, (0,) * 624, None))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
