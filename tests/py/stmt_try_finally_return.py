# return/break inside finally overrides, exceptions in finally, and finally ordering.
def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

print(swallow())

def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally:", n)

print(counter())

def mutable_return():
    data = []
    try:
        return data
    finally:
        data.append("added in finally")

print(mutable_return())

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return f"loop broke, i={i}"

print(break_in_finally())

def exception_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")

try:
    exception_in_finally()
except Exception as e:
    print(type(e).__name__, e)

def nested_finally():
    order = []
    try:
        try:
            order.append("inner try")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")

print(nested_finally())
