# Generator expressions: laziness, single use, parentheses rules, use in calls.
squares = (n * n for n in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(10)), max((len(w), w) for w in ["hi", "hello", "hey"]))
print(sorted(c for c in "generator" if c not in "aeiou"))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
log = []

def tracked(x):
    log.append(x)
    return x

lazy = (tracked(x) for x in range(5))
print(log)
print(next(lazy), log)
first_big = next(x for x in range(100) if x * x > 50)
print(first_big)
print(dict((k, len(k)) for k in ["a", "bb"]), set(x % 3 for x in range(10)) == {0, 1, 2})
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print("-".join(str(i) for i in range(4)))
print(list(x for x in (y * 2 for y in range(3))))
total = 0
gen = (i for i in range(3))
for v in gen:
    total += v
print(total, list(gen))
