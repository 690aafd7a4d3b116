# Nested comprehensions: matrices, transposes, flattening, and the order of for clauses.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([[x * 10 for x in row] for row in matrix])
print([sum(row) for row in matrix], sum(x for row in matrix for x in row))
print([[matrix[i][j] for j in range(3) if i == j] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i, 3)])
table = [[f"{i}x{j}={i * j}" for j in range(1, 4)] for i in range(1, 3)]
for row in table:
    print(row)
cube = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(cube)
print([c for word in ["hi", "yo"] for c in word])
words = ["alpha", "beta", "gamma"]
print({w: {c: w.count(c) for c in w if w.count(c) > 1} for w in words})
print([[y for y in range(x)] for x in range(4)])
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(pascal)
