# return: implicit None, early return, multiple values, return in loops.
def nothing():
    pass

def bare():
    return

def multi():
    return 1, "two", [3]

def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1

def in_while():
    i = 0
    while True:
        i += 1
        if i == 4:
            return f"stopped at {i}"

print(nothing(), bare(), multi(), early(10), early(0), in_while())
a, b, c = multi()
print(a, b, c)

def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0

print([sign(n) for n in (-5, 0, 5)])

def returns_function():
    def helper(v):
        return v + 1
    return helper

print(returns_function()(41))

def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    else:
        return None

print(find("abc", "c"), find("abc", "z"))

def conditional_return(flag):
    return "yes" if flag else "no"

print(conditional_return(1), conditional_return(0))
