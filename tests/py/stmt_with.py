# with statements: enter/exit order, multiple items, exception info, suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc, tb is not None)
        return self.suppress

with Resource("a") as r:
    print("inside", r.name)
with Resource("outer") as o, Resource("inner") as i:
    print("using", o.name, i.name)
try:
    with Resource("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
with Resource("suppressor", suppress=True):
    raise KeyError("swallowed")
print("after suppressed block")
try:
    with Resource("x1"), Resource("x2", suppress=True), Resource("x3"):
        raise RuntimeError("only x3 and x2 see it")
    print("continues after x2 suppressed")
except RuntimeError:
    print("not reached")

def early_return():
    with Resource("returning"):
        return "value from with"

print(early_return())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

class NoSelf:
    def __enter__(self):
        return 42

    def __exit__(self, *args):
        return None

with NoSelf() as value:
    print("as binds __enter__ result:", value)
with NoSelf():
    pass
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
