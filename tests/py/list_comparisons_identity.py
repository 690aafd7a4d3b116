# Comparing lists element-wise, membership via ==, and identity.
class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq called", self.v)
        return isinstance(other, Eq) and self.v == other.v

a = [Eq(1), Eq(2)]
print(Eq(2) in a)
print(a.count(Eq(1)))
print(a.index(Eq(2)))
x = Eq(5)
print(x in [x])
print([x] == [x])
nan = float("nan")
print([nan] == [nan], nan in [nan])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2], [1, 2] <= [1, 2], [3] > [2, 99])
print([[1, 2], [1]] > [[1, 2], []], [] == [], [] is [])
l1 = [1, 2]
l2 = l1
print(l1 is l2, l1 == [1, 2], l1 is not [1, 2])
