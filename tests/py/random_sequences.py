# random over other sequence types (deque, bytes, dict keyed by index, a user mutable
# sequence), degenerate ranges and arguments, and seeds of every type.
import random
from collections import deque
r = random.Random(8)
d = deque(range(8))
r.shuffle(d)
print(d, r.choice((1, 2)), r.choice(b'xyz'))
try:
    r.choice({1: 'a', 2: 'b'})
except Exception as e:
    print(type(e).__name__, e)
print(r.choice({0: 'a', 1: 'b'}))
print(r.randrange(0, 10**30, 10**20), r.randrange(-10**30, 0, 7), r.choices([1, 2], k=0), r.getrandbits(0))
print(r.uniform(2, 1), r.triangular(5, 1), r.triangular(1, 1, 1), r.randint(7, 7), r.random() < 1)
class Seq:
    def __init__(self): self.items = list('abcdef')
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
s = Seq()
r.shuffle(s)
print(s.items, r.choice(s))
r2 = random.Random()
r2.seed(8)
print(r2.random() == random.Random(8).random(), random.Random(8) == random.Random(8))
print(random.Random(1.5).random(), random.Random(-1.5).random(), random.Random(True).random() == random.Random(1).random())
print(r.expovariate(1.0), r.vonmisesvariate(0, 0.0), r.gauss(mu=1, sigma=0), r.normalvariate(mu=5))
