# __call__: objects used like functions, stateful callables, callable().
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor

double = Multiplier(2)
print(double(21), double("ab"), list(map(Multiplier(3), [1, 2, 3])), callable(double))

class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"call #{self.calls} args={args} kwargs={kwargs}"

c = Counter()
print(c())
print(c(1, 2, key="v"))
print(c.calls)

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for coef in self.coeffs:
            result = result * x + coef
        return result

p = Polynomial(1, -3, 2)
print([p(x) for x in range(5)])
print(sorted([3, -1, 2], key=Multiplier(-1)))

class NotCallable:
    pass

print(callable(NotCallable), callable(NotCallable()))
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
