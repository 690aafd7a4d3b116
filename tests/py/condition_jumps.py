# Conditions compiled as jump chains (if/while/assert/ternary/comprehension tests
# with not/and/or): each operand's __bool__ runs once, in CPython's order.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
a, b, c = B(True), B(False), B(True)
for x, y, z in [(a, b, c), (b, a, c), (c, c, b), (b, b, b)]:
    if x and y or z: print("yes1")
    else: print("no1")
    if not (x or y) and z: print("yes2")
    else: print("no2")
    print("e", 1 if x and not y else 2)
    while x and not y:
        print("w"); break
    print([i for i in range(3) if i and not (i == 2 or y)])
    try:
        assert x or y, "msg"
        print("ok")
    except AssertionError as e: print("AE", e)
    if not not x: print("nn")
    r = x and y
    print(type(r).__name__, r.v)
