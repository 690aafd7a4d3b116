# Comprehension scoping: the loop variable does not leak; class-body quirks; closures in comprehensions.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = "outer i"
gen = list(i for i in range(3))
print(gen, i)
d = {k: k for k in "ab"}
print(d)
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
s = {j for j in range(2)}
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
n = 10
print([n + y for y in range(3)])

def f():
    local = 5
    return [local * z for z in range(3)]

print(f())

class C:
    factor = 3
    first = [v for v in range(factor)]

print(C.first)
try:
    class D:
        factor = 3
        values = [factor * v for v in range(2)]
except NameError as e:
    print(type(e).__name__, e)
funcs = [lambda: w for w in range(3)]
print([fn() for fn in funcs])
funcs = [lambda w=w: w for w in range(3)]
print([fn() for fn in funcs])
total = 0
result = [total := total + v for v in range(4)]
print(result, total)
