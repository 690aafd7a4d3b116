# A handler logs and re-raises with a bare `raise`; nothing else catches it.
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print(f"cannot divide {a} by {b}, re-raising")
        raise

print(divide(10, 4))
print(divide(1, 0))
