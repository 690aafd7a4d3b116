# Exception args, str() and repr() with zero, one and several arguments.
cases = [ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None), ValueError(""), ValueError(42),
         KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), IndexError("list index out of range"),
         Exception("x", [1, 2]), RuntimeError(("tuple",)), StopIteration(5), OSError("oops"),
         AssertionError("assert msg"), ZeroDivisionError("division by zero")]
for e in cases:
    print(type(e).__name__.ljust(17), repr(str(e)).ljust(28), repr(e).ljust(40), e.args)
e = ValueError("first")
e.args = ("changed", 1)
print(str(e), repr(e))
print(str(KeyError("has 'quotes'")), str(KeyError('x"y')), repr(KeyError("\n")))
print(f"{ValueError('in f-string')}", "%s" % TypeError("percent"), [ValueError("in list")])
print(str(Exception()) == "", bool(Exception()), len(Exception(1, 2).args))
try:
    {}["missing key"]
except KeyError as err:
    print(err, "|", repr(err), "|", err.args[0])
