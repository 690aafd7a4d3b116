# Bare raise re-raises the active exception; handlers that inspect then re-raise.
def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 // n

def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError as e:
        print("logging:", e)
        raise

try:
    wrapper(0)
except ZeroDivisionError as e:
    print("outer got", type(e).__name__, e)
print(wrapper(5))

def reraise_different():
    try:
        int("x")
    except ValueError as e:
        saved = e
    raise saved

try:
    reraise_different()
except ValueError as e:
    print("saved and re-raised:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def nested_reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise ValueError("handler problem")
        except ValueError:
            pass
        raise

try:
    nested_reraise()
except KeyError as e:
    print("re-raised the right one:", repr(e))
try:
    try:
        raise OSError("disk")
    except OSError as err:
        err.args = ("disk (annotated)",)
        raise
except OSError as e:
    print(e)
