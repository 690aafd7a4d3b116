# is / is not, in / not in across container types and user classes.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
x = None
print(x is None, x is not None, x == None)
print(True is True, (1 == 1) is True, type(1) is int, type(True) is bool, type(True) is not int)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], "ell" in "hello", "x" in "hello")
print(1 in (1,), 1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, 1 in range(3), 3 in range(3))
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(-5, 0), 0.5 in range(2))
print([1] in [[1], [2]], (1,) in [(1,)], {"k": 1} in [{"k": 1}])
print(None in [None], None in [], "" in "", "" in "abc")

class Bag:
    def __init__(self, *items):
        self.items = items

    def __contains__(self, item):
        print("contains?", item)
        return item in self.items

bag = Bag(1, 2, 3)
print(2 in bag, 5 in bag, 5 not in bag)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(10 in Seq(), 15 in Seq(), list(Seq()))

class It:
    def __iter__(self):
        return iter("xyz")

print("y" in It(), "q" in It())
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1})
except TypeError as e:
    print(type(e).__name__, e)
