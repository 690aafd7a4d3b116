# any and all: empty iterables, short-circuiting, generators, truthiness.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 0, 1]), all([1, 1, 0]))
print(any("abc"), all(""), any([[]]), all([[]]), any(range(0)), all(range(1, 5)))
seen = []

def check(x):
    seen.append(x)
    return x > 2

print(any(check(x) for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
words = ["alpha", "beta", "gamma"]
print(all(w.islower() for w in words), any(w.startswith("b") for w in words), any(len(w) > 5 for w in words))
matrix = [[1, 2], [0, 3]]
print(all(all(row) for row in matrix), any(all(row) for row in matrix))
print(any({0: "a"}), all({1: 0}), any({0, 1}))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
