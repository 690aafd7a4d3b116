# The reference sequence: after seed(42), CPython's exact values for random(),
# randint, choice, shuffle, sample, uniform and gauss, then each function's errors.
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)], random.randint(-10**20, 10**20))
print(random.choice("abcdefgh"), random.choice(range(1000)), random.choice([None, True, 2.5]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
words = ["ant", "bee", "cat", "dog"]
random.shuffle(words)
print(words)
print(random.sample(range(100), 10), random.sample("abcdefg", 3), random.sample([1, 2, 3], 3))
print(random.uniform(0, 1), random.uniform(10, 5), random.uniform(-2.5, 2.5))
print(random.gauss(0, 1), random.gauss(100, 15), random.gauss())
print(random.random())

random.seed(42)
again = random.random()
random.seed(42.0)
print(again, random.random(), random.Random(42).random() == again)
r = random.Random()
r.seed(42)
print(r.randint(1, 6), r.choice("xyz"), r.sample(range(5), 2), r.uniform(1, 2), r.gauss(0, 1))

errors = [
    lambda: random.random(1),
    lambda: random.random(x=1),
    lambda: random.randint(1),
    lambda: random.randint(5, 1),
    lambda: random.randint(1.5, 3),
    lambda: random.randint("1", 3),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.choice({1: 2}),
    lambda: random.shuffle((1, 2, 3)),
    lambda: random.shuffle("abc"),
    lambda: random.shuffle([1], 5),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1], 1, counts=[1, 2]),
    lambda: random.uniform(1),
    lambda: random.uniform("a", 2),
    lambda: random.gauss("a", 1),
    lambda: random.gauss(0, 1, 2),
    lambda: random.seed([1, 2]),
    lambda: random.seed(1, 2, 3),
]
for i, f in enumerate(errors):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
