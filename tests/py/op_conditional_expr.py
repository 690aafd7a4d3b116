# Conditional expressions: nesting, evaluation order, use inside other expressions.
for n in [-5, 0, 5]:
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)

def loud(x):
    print("computing", x)
    return x

print(loud("yes") if True else loud("no"))
print(loud("yes") if False else loud("no"))
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
x = 7
print((x if x > 5 else 0) + 1, x if x > 5 else 0 + 1)
f = (lambda v: v * 2) if x > 5 else (lambda v: v)
print(f(10))
print("fizz" * (x % 3 == 0) + "buzz" * (x % 5 == 0) or x)
for i in range(1, 16):
    print("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i, end=" ")
print()
print(max(3, 7) if None is None else -1, (1, 2) if [] else (3, 4))
