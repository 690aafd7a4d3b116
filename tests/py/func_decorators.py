# Decorators: simple wrappers, with arguments, stacked, class-based, preserving results.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

@shout
def greet(name):
    return f"hello {name}"

print(greet("ann"))

def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(x):
    return x * 2

print(roll(5))

def tag(name):
    def decorator(func):
        def wrapper(*a):
            return f"<{name}>{func(*a)}</{name}>"
        return wrapper
    return decorator

@tag("b")
@tag("i")
def text(s):
    return s

print(text("stacked"))

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), add.calls)
registry = {}

def register(func):
    registry[func.__name__] = func
    return func

@register
def alpha():
    return "A"

@register
def beta():
    return "B"

print(sorted(registry), registry["beta"]())

def trace(func):
    def wrapper(*args):
        print(f"-> {func.__name__}{args}")
        result = func(*args)
        print(f"<- {func.__name__} = {result}")
        return result
    wrapper.__name__ = func.__name__
    return wrapper

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib(3)
print(fib.__name__)

def order(label):
    print("decorating with", label)
    def deco(f):
        print("applying", label)
        return f
    return deco

@order("outer")
@order("inner")
def target():
    return "target ran"

print(target())
