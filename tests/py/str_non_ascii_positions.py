# Positions in non-ASCII text: indexing (both ends, stretch boundaries), iteration,
# slicing, find and the re module's positions all count code points, not bytes.
t = "aé" * 50
print([t[i] for i in range(0, 100, 7)], t[99], t[-1], t[63], t[64], t[31], t[32], t[33])
u = "x€y𝄞z" * 20
print(list(u[:5]), u[3], u[-1], u[-2], u[95], len(u))
print("".join(c for c in u if c not in "xyz")[:8])
print(sum(1 for c in "é" * 1000), "é" * 3 == "".join(["é"] * 3))
print(u[30:40], u[-7:-2], u[::17], u[97:200])
print(u.find("𝄞", 40), u.index("z", 64), u.rfind("€"), u.count("𝄞"))
try:
    u[100]
except IndexError as e:
    print("IndexError:", e)
import re
print(re.compile("é+").search("aaé" * 40, 70).span(), re.compile("a").search("ééa" * 40, 70).span())
print([m.start() for m in re.finditer("𝄞", u)][:5])
v = u + "é"
for sl in [slice(None), slice(3, 9), slice(9, 3, -1), slice(None, None, -1), slice(None, None, 7),
           slice(-5, None), slice(50, 10, -3), slice(5, 5), slice(200, 300), slice(1, -1, 2),
           slice(-1, -200, -13), slice(0, 1), slice(100, 101)]:
    print(repr(v[sl]))
