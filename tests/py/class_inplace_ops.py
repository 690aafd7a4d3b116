# In-place dunders (__iadd__) versus fallback to __add__ and __mul__.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __add__(self, other):
        print("  __add__ (new object)")
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __iadd__(self, other):
        print("  __iadd__ (in place)")
        for i, b in enumerate(other.xs):
            self.xs[i] += b
        return self

    def __mul__(self, k):
        print("  __mul__")
        return Vec(*[a * k for a in self.xs])

v = Vec(1, 2)
alias = v
v += Vec(10, 10)
print(v, alias, v is alias)
v = v + Vec(1, 1)
print(v, alias, v is alias)
w = v
w *= 3
print(w, v, w is v)

class Forgetful:
    def __iadd__(self, other):
        print("  __iadd__ forgot to return")

f = Forgetful()
f += 1
print(f)
nums = [1]
nums_alias = nums
nums += (2, 3)
print(nums, nums_alias)
try:
    nums = nums + (4,)
except TypeError as e:
    print(type(e).__name__, e)
