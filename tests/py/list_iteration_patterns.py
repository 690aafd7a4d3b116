# Iterating lists with enumerate, zip, reversed, index loops, and accumulating results.
names = ["ann", "bob", "cy"]
scores = [90, 75, 88, 100]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
for name, score in zip(names, scores):
    print(name, score)
for name in reversed(names):
    print(name, end=" ")
print()
for i in range(len(names) - 1, -1, -1):
    print(i, names[i])
pairs = list(zip(names, scores))
print(pairs, dict(pairs))
unzipped = list(zip(*pairs))
print(unzipped)
best = max(zip(scores, names))
print(best)
print([n for n, s in zip(names, scores) if s > 80])
print(list(map(len, names)), list(map(str.upper, names)), list(filter(lambda s: s >= 88, scores)))
it = iter(names)
print(next(it), list(it), list(it))
print(sum(s for s in scores) / len(scores))
