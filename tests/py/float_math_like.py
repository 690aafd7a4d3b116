# Numeric routines with floats (no imports): Newton sqrt, series, mean/variance.
def sqrt(x):
    if x == 0:
        return 0.0
    g = x
    for _ in range(60):
        g = (g + x / g) / 2
    return g

for v in [2.0, 9.0, 0.25, 1e10, 12345.678]:
    print(v, sqrt(v), sqrt(v) ** 2)

def exp(x, terms=30):
    total, term = 1.0, 1.0
    for n in range(1, terms):
        term *= x / n
        total += term
    return total

print(exp(1.0), exp(0.0), exp(-1.0), exp(2.5))

data = [2.5, 3.5, 1.0, 4.0, 6.5, 0.5]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(mean, var, sqrt(var))

def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)

print(round(integrate(lambda x: x * x, 0.0, 3.0), 6))
pi_est = 4 * sum((-1) ** k / (2 * k + 1) for k in range(2000))
print(round(pi_est, 6))
c_to_f = [c * 9 / 5 + 32 for c in (-40, 0, 37, 100)]
print(c_to_f)
print([i / 8 for i in range(9)])
print(sum(i * 0.1 for i in range(10)))
