# Nested lists: matrices, transpose, flatten, deep structures.
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], len(m), len(m[0]))
t = [[row[i] for row in m] for i in range(3)]
print(t)
print([list(col) for col in zip(*m)])
flat = [x for row in m for x in row]
print(flat)
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
for row in ident:
    print(row)

def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

print(matmul(m, t))

def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
tree = ["root", [["a", []], ["b", [["c", []]]]]]

def depth(node):
    name, children = node
    return 1 + max((depth(c) for c in children), default=0)

print(depth(tree))
m[0][0] = 100
print(m)
board = [["."] * 4 for _ in range(3)]
board[1][2] = "X"
print("\n".join("".join(r) for r in board))
