import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


# Lowering the limit makes deep recursion fail; raising it again (within the policy) works.
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)
sys.setrecursionlimit(60)
print(sys.getrecursionlimit())
try:
    depth(100)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(40))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), depth(150))
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print("RecursionError")
for bad in [0, -1, "10", 2.0, None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
