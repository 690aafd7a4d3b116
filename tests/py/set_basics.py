# Set construction, membership, add/remove/discard; printed via sorted().
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s, 5 not in s)
print(set(), {1}, set("a"), set([7]), frozenset(), frozenset([5]))
print(sorted(set("mississippi")), sorted(set([1, 1.0, True, 2])), len({1, 1.0, True}))
print(type({}).__name__, type(set()).__name__, type({1}).__name__)
s.add(10)
s.add(1)
print(sorted(s))
s.remove(10)
s.discard(99)
s.discard(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop()
print(p in {2, 3}, len(s))
s.clear()
print(s, len(s), bool(s))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().add({})
except TypeError as e:
    print(type(e).__name__, e)
t = {(1, 2), (3, 4), (1, 2)}
print(sorted(t), len(t))
u = set(range(5))
v = u.copy()
v.add(100)
print(len(u), len(v), u == set(range(5)), u != v)
print(sorted({x % 4 for x in range(20)}), sorted({c.lower() for c in "AbCabc"}))
print(repr(set()), repr({"only"}), repr(frozenset()), repr(frozenset({"one"})))
