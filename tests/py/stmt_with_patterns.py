# Context managers used for timing-free patterns: temporary state, transactions, redirect-like capture.
class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, *exc):
        Indent.level -= 1
        return False

def say(msg):
    print("  " * Indent.level + msg)

say("top")
with Indent():
    say("one")
    with Indent():
        say("two")
    say("back to one")
say("top again")

class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc)
            return True
        print("committed")
        return False

db = {"balance": 100}
with Transaction(db) as s:
    s["balance"] -= 30
print(db)
with Transaction(db) as s:
    s["balance"] -= 500
    if s["balance"] < 0:
        raise ValueError("insufficient funds")
print(db)

class Collector:
    def __init__(self):
        self.lines = []

    def __enter__(self):
        return self.lines.append

    def __exit__(self, *exc):
        print("collected", len(self.lines), "lines:", self.lines)

with Collector() as emit:
    for i in range(3):
        emit(f"line {i}")
