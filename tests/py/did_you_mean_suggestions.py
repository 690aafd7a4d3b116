# Uncaught NameError and AttributeError tracebacks offer the closest name, as CPython
# 3.11 picks it ("Did you mean: ..."); str(e) stays the plain message.
class Point:
    def __init__(self):
        self.value = 1
        self.other = 2

    def method(self):
        return 1


def run(case):
    try:
        case()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e)


p = Point()
run(lambda: pritn)
run(lambda: Point().vaule)
run(lambda: p.methd)
run(lambda: Point.methd)
run(lambda: [].apend)
run(lambda: "abc".uper)
import math
run(lambda: math.sqr)
counter = 1
run(lambda: countr)
def f():
    total_sum = 0
    return totl_sum
run(f)
print(p.vaule)
