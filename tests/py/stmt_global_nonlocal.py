# global and nonlocal declarations, shadowing, and UnboundLocalError.
counter = 0

def increment():
    global counter
    counter += 1
    return counter

increment()
increment()
print(counter)

def make_global():
    global created_later
    created_later = "made inside a function"

make_global()
print(created_later)
x = "global x"

def shadow():
    x = "local x"
    return x

print(shadow(), x)

def read_global():
    return x

print(read_global())

def broken():
    print(x)
    x = "assigned later"

try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def outer():
    count = 0

    def inner():
        nonlocal count
        count += 1
        return count

    inner()
    inner()
    return count

print(outer())

def three_levels():
    v = "outer"

    def middle():
        def innermost():
            nonlocal v
            v = "changed by innermost"
        innermost()

    middle()
    return v

print(three_levels())

def without_nonlocal():
    total = 10

    def inner():
        total = 99
        return total

    return inner(), total

print(without_nonlocal())

def unbound_closure():
    def inner():
        return value
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    finally:
        value = 1

print(unbound_closure())
print(isinstance(UnboundLocalError(), NameError))
