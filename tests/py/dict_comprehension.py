# Dict comprehensions, inversion, grouping, counting.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
words = "the cat and the hat and the bat".split()
counts = {w: words.count(w) for w in words}
print(counts)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
first_letter = {}
for w in sorted(set(words)):
    first_letter.setdefault(w[0], []).append(w)
print(first_letter)
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
print({c: ord(c) for c in "abc"}, {i: None for i in ()})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
x = "outer"
print({x: x for x in "yz"}, x)
zipped = dict(zip(["k1", "k2"], [[1], [2]]))
print({k: sum(v) for k, v in zipped.items()})
print({k: v for k, v in [("dup", 1), ("dup", 2)]})
