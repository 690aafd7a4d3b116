# Tuples as records and return values; tuple() of iterators; nested tuples.
def divide(a, b):
    return a // b, a % b

q, r = divide(17, 5)
print(q, r, divide(17, 5))
records = [("alice", 30, "oslo"), ("bob", 25, "rome"), ("carol", 35, "oslo")]
for name, age, city in records:
    print(f"{name:6}{age:3} {city}")
print(sorted(records, key=lambda rec: rec[1])[0])
oslo = tuple(rec[0] for rec in records if rec[2] == "oslo")
print(oslo)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1][1])
t = tuple(x * x for x in range(5))
print(t, t[2:4], t.index(16))
print(tuple(map(str, (1, 2))), tuple(zip("ab", (1, 2))))
print(list((1, 2)) + [3], tuple([1]) + (2,))
empty = ()
print(len(empty), bool(empty), bool((0,)), empty == tuple())
print((1, 2, 3)[::2], (1,) * 5, ("a", "b") * 2)
