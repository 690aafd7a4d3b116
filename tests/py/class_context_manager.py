# __enter__/__exit__ on user classes: return values, exception arguments, suppression rules.
class Tracker:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"[{self.name}] enter")
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        label = exc_type.__name__ if exc_type else None
        print(f"[{self.name}] exit exc={label} value={exc_value!r}")
        return exc_type is not None and issubclass(exc_type, self.suppress)

with Tracker("plain") as value:
    print("value from __enter__:", value)
with Tracker("suppress-key", suppress=(KeyError,)):
    {}["missing"]
print("continued after suppressed KeyError")
try:
    with Tracker("no-suppress", suppress=(KeyError,)):
        raise ValueError("not a KeyError")
except ValueError as e:
    print("escaped:", e)
with Tracker("lookup", suppress=(LookupError,)):
    [][0]
print("IndexError suppressed through LookupError")

class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("exit failed")

try:
    with ExitRaises():
        raise ValueError("body failed")
except RuntimeError as e:
    print(type(e).__name__, e)

class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *args):
        print("never called")

try:
    with EnterFails():
        print("never run")
except OSError as e:
    print(type(e).__name__, e)

class Reusable:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print("depth", self.depth)
        return self

    def __exit__(self, *a):
        self.depth -= 1

r = Reusable()
with r:
    with r:
        with r:
            pass
print("final depth", r.depth)

class MissingExit:
    def __enter__(self):
        return self

try:
    with MissingExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
