import random

class Floats(random.Random):
    def __init__(self):
        super().__init__(0)
        self.x = 0.123

    def random(self):
        self.x = (self.x * 9301 + 0.49297) % 1.0
        return self.x

class Bits(random.Random):
    n = 0

    def getrandbits(self, k):
        self.n += 1
        return (12345 * self.n + 678) % (1 << k)

class Mid(Floats):
    pass

for cls in [Floats, Mid]:
    r = cls()
    print(cls.__name__, [r.randrange(10) for _ in range(5)], r.choice('abcdefg'), r.randint(1, 6))
    xs = list(range(10))
    r.shuffle(xs)
    print(xs, r.sample(range(20), 4))
b = Bits(3)
print([b.randrange(10) for _ in range(3)], b.randint(100, 200), b.random())
