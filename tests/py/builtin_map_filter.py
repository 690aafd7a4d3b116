# map and filter: single and multiple iterables, None as filter function, laziness.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(abs, [-1, 0, 1])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3, 4], [2, 2, 2])))
print(list(map(str.upper, "abc")), list(map(int, ["1", " 2 ", "-3"])), list(map(float, "12")))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda s: s, ["", "a"])), list(filter(None, [])))
calls = []

def record(x):
    calls.append(x)
    return x * 2

m = map(record, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f), list(f))
print(sum(map(int, "12345")), max(map(len, ["x", "xyz"])), sorted(map(lambda x: -x, [3, 1, 2])))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
