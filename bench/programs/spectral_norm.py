# The spectral norm of an infinite matrix, n=200: calls, float division, comprehensions.
def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(u, n):
    return [sum([entry(i, j) * u[j] for j in range(n)]) for i in range(n)]


def times_transposed(u, n):
    return [sum([entry(j, i) * u[j] for j in range(n)]) for i in range(n)]


def times_both(u, n):
    return times_transposed(times(u, n), n)


n = 200
u = [1.0] * n
v = u
for _ in range(10):
    v = times_both(u, n)
    u = times_both(v, n)
vbv = 0.0
vv = 0.0
for i in range(n):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print("checksum", "%.9f" % ((vbv / vv) ** 0.5))
