# AssertionError, NotImplementedError, RecursionError-free runtime errors, StopIteration as exception.
def must_be_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

for v in [3, 0]:
    try:
        print(must_be_positive(v))
    except AssertionError as e:
        print(type(e).__name__, e)

class Base:
    def run(self):
        raise NotImplementedError

try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, repr(e), str(e) == "")
try:
    raise StopIteration("manual")
except StopIteration as e:
    print(type(e).__name__, e, e.value)
try:
    raise NotImplemented
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise Exception
except Exception as e:
    print(type(e).__name__, repr(e))
try:
    raise BaseException("base")
except BaseException as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__)
