# assert with and without messages, pass in various blocks.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    x = 5
    assert x < 0, f"x must be negative, got {x}"
except AssertionError as e:
    print(e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])

def check(n):
    assert isinstance(n, int), "need int"
    return n * 2

print(check(4))
try:
    check("4")
except AssertionError as e:
    print("check failed:", e)

class Empty:
    pass

def noop():
    pass

print(noop(), type(Empty()).__name__)
for i in range(2):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
print("all passes done")
