# __init__ patterns: validation, defaults, computed attributes, returning non-None, chained setup.
class Account:
    interest = 0.02

    def __init__(self, owner, balance=0, *, currency="EUR"):
        if balance < 0:
            raise ValueError("balance must be non-negative")
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance} {self.currency})"

a = Account("ann")
a.deposit(100).withdraw(30).deposit(5)
print(a, a.history)
try:
    a.withdraw(1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Account("bob", -5)
except ValueError as e:
    print(type(e).__name__, e)
print(Account("cy", 10, currency="USD"))
try:
    Account("dee", 1, "GBP")
except TypeError as e:
    print(type(e).__name__, e)

class BadInit:
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

class NoArgs:
    pass

try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

class Lazy:
    def __init__(self):
        self.loaded = False

    def load(self):
        if not self.loaded:
            print("loading...")
            self.data = [1, 2, 3]
            self.loaded = True
        return self.data

z = Lazy()
print(z.load(), z.load())
