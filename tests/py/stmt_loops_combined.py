# Loop control combined: nested break via flags, else clauses, continue in while, loops over many iterables.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    if found:
        break
print("found", target, "at", found)
for word in ["apple", "sky", "rhythm", "tree"]:
    for ch in word:
        if ch in "aeiou":
            print(word, "has vowel", ch)
            break
    else:
        print(word, "has no vowel")
i = 0
skipped = []
while i < 10:
    i += 1
    if i % 3:
        skipped.append(i)
        continue
    print("multiple of three:", i)
print(skipped)
for key in {"b": 1, "a": 2}:
    print("dict key", key)
for ch in b"AB":
    print("byte", ch)
for n in range(10, 0, -3):
    print("countdown", n)
for idx in range(len("xyz")):
    print(idx, "xyz"[idx])
pairs = []
for a in range(3):
    for b in range(a):
        pairs.append((a, b))
print(pairs)
while True:
    try:
        value = int("12x")
    except ValueError:
        print("retry path")
        break
for x in range(3):
    try:
        if x == 1:
            raise ValueError(x)
    except ValueError as e:
        print("caught in loop", e)
        continue
    finally:
        print("finally for", x)
    print("completed", x)
