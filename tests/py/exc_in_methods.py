# Exceptions raised from methods, properties, dunders and constructors, caught by callers.
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative opening balance")
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"cannot set balance to {v}")
        self._balance = v

    def withdraw(self, amount):
        if amount > self._balance:
            raise RuntimeError(f"insufficient funds for {amount}")
        self._balance -= amount

    def __getitem__(self, key):
        raise KeyError(f"accounts are not subscriptable by {key!r}")

    def __len__(self):
        raise TypeError("length is undefined for accounts")

try:
    Account(-1)
except ValueError as e:
    print("constructor:", e)
acct = Account(10)
for action in [lambda: acct.withdraw(50), lambda: setattr(acct, "balance", -5), lambda: acct["x"], lambda: len(acct),
               lambda: acct.missing_method()]:
    try:
        action()
    except (ValueError, RuntimeError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(acct.balance)

class Strict:
    def __eq__(self, other):
        raise TypeError("cannot compare Strict objects")

try:
    Strict() in [1, 2]
except TypeError as e:
    print("membership uses __eq__:", e)
try:
    [Strict()].index(3)
except TypeError as e:
    print("index uses __eq__:", e)

class Exploding:
    def __iter__(self):
        yield 1
        raise RuntimeError("iteration exploded")

collected = []
try:
    for item in Exploding():
        collected.append(item)
except RuntimeError as e:
    print(collected, e)
try:
    list(Exploding())
except RuntimeError as e:
    print("list():", e)
