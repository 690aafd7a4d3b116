# raise: instances, classes, messages, re-raise, raise inside except, exception attributes.
def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError("age cannot be negative")
    return age

for value in [30, -1, "x"]:
    try:
        print(check_age(value))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", type(e).__name__, repr(e), e.args)
try:
    raise IndexError()
except IndexError as e:
    print("empty:", repr(e), str(e) == "")
try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(e, e.args, repr(e))
try:
    raise RuntimeError("multi word message")
except Exception as e:
    print(str(e), len(e.args))
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__, e)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("replacement")
except TypeError as e:
    print(type(e).__name__, e)
