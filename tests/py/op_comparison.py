# Comparison operators and chaining, including evaluation counts.
print(1 < 2, 2 < 1, 1 <= 1, 1 > 0, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 1.5)
print(0 < 0.5 <= 0.5 < 1, "a" < "b" <= "b", [1] < [2] < [3])

def val(x):
    print("eval", x)
    return x

print(val(1) < val(2) < val(3))
print(val(1) < val(0) < val(3))
print(val(1) == val(2) or val(3) > val(2))
a = 5
print(1 < a < 10, not 1 < a < 3, 0 <= a - 5 < 1)
print(None == None, None != 0, None == False, 0 == False, "" == False, [] == [])
print(1 == 1.0, "1" == 1, (1,) == [1], [1] == [1], (1, 2) == (1, 2))
print(float("nan") != float("nan"))
for x in [-1, 0, 5, 10, 11]:
    print(x, 0 <= x <= 10)
try:
    print(1 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] > (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({} <= {})
except TypeError as e:
    print(type(e).__name__, e)
