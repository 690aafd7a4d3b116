# BaseException.add_note (3.11): notes collect in __notes__ and print under the message.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("second note")
    print(e.__notes__, str(e), repr(e))
    try:
        e.add_note(42)
    except TypeError as t:
        print("TypeError:", t)
e2 = KeyError("k")
print(hasattr(e2, "__notes__"))


def check(x):
    try:
        return 1 / x
    except ZeroDivisionError as err:
        err.add_note(f"x was {x!r}")
        raise


check(0)
