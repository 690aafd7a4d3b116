# Closures: counters, captured variables, late binding in loops and its fix.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_multiplier(n):
    return lambda x: x * n

double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7), [make_multiplier(k)(2) for k in range(4)])
late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])
early = []
for i in range(3):
    early.append(lambda i=i: i)
print([f() for f in early])
comp = [lambda: k for k in range(3)]
print([f() for f in comp])

def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return list(items)

    return add

acc = make_accumulator()
acc(1)
print(acc(2))

def make_pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_

get, set_ = make_pair()
print(get())
set_(42)
print(get())

def outer():
    x = 1

    def middle():
        def inner():
            return x + 1
        return inner

    return middle()()

print(outer())

def capture_after_definition():
    def show():
        return message
    message = "defined after the closure"
    return show()

print(capture_after_definition())
