# Sets for dedup, membership tests, graph search, and comprehension filters.
words = ["apple", "banana", "apple", "cherry", "banana", "date"]
seen = set()
unique_in_order = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique_in_order.append(w)
print(unique_in_order, len(seen))
print(sorted({len(w) for w in words}), sorted({w[0] for w in words if len(w) > 4}))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["a"], "e": [], "f": ["a"]}

def reachable(start):
    visited = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        stack.extend(graph[node])
    return visited

for node in "aef":
    print(node, sorted(reachable(node)))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes))
text1 = set("the quick brown fox".split())
text2 = set("the lazy brown dog".split())
print(sorted(text1 & text2), sorted(text1 ^ text2))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
dupes = {x for x in [1, 2, 3, 2, 4, 3, 5] if [1, 2, 3, 2, 4, 3, 5].count(x) > 1}
print(sorted(dupes))
