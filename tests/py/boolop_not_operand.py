# 'not e' as an operand of and/or in a value: tested as a jump, its value a known bool;
# every other operand's value and __bool__ calls as CPython's.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __repr__(self): return f"B({self.v})"
t, f = B(True), B(False)
for a in (t, f):
    for b in (t, f, 0, "", "x"):
        print(repr(not a or b), repr(not a and b), repr(b or not a), repr(b and not a))
        print(repr(a or not b), repr(not a or not b or a), repr(not (a and b)))
print(not 0 or 5, not 1 or 5, not [] and 3, not [1] and 3)
x = not t and f or not f
print(x)
