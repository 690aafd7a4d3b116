# Lambdas: inline functions, as keys, default args, immediately invoked, nested.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2), (lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print((lambda x: (lambda y: x + y))(10)(5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
print((lambda: None)() is None, (lambda x: x)(lambda: 1)())
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(4)])
print(type(square).__name__, square.__name__, (lambda: 0).__name__)
