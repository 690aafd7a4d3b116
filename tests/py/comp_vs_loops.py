# The same results computed with loops and with comprehensions agree.
words = ["level", "python", "radar", "code", "noon"]
palins_loop = []
for w in words:
    if w == w[::-1]:
        palins_loop.append(w.upper())
palins_comp = [w.upper() for w in words if w == w[::-1]]
print(palins_loop, palins_comp, palins_loop == palins_comp)
index_loop = {}
for i, w in enumerate(words):
    index_loop[w] = i
index_comp = {w: i for i, w in enumerate(words)}
print(index_loop == index_comp, index_comp)
pairs_loop = []
for a in range(3):
    for b in range(3):
        if a + b == 2:
            pairs_loop.append((a, b))
print(pairs_loop == [(a, b) for a in range(3) for b in range(3) if a + b == 2], pairs_loop)
letters_loop = set()
for w in words:
    for c in w:
        letters_loop.add(c)
print(letters_loop == {c for w in words for c in w}, len(letters_loop))
lengths = list(map(len, words))
print(lengths == [len(w) for w in words], lengths)
