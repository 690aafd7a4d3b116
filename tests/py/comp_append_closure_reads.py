# List comprehensions appending in the fast lane, closures read in it (LoadDeref), and
# an unbound free variable's NameError.
def f(n):
    k = 3
    a = [i * k for i in range(n)]
    b = [[j for j in range(i)] for i in range(4)]
    c = [x + k for x in a if x % 2]
    g = lambda: [k * 2 for _ in range(2)]
    return sum(a), b, c[:3], g()
print(f(10))
def h():
    try:
        return [y for y in range(3) if zz]
    except NameError as e:
        return str(e)
print(h())
def u():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
    print(inner())
u()
