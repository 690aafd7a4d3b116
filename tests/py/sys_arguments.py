import sys

calls = [
    lambda: sys.getrecursionlimit(1), lambda: sys.setrecursionlimit(), lambda: sys.setrecursionlimit(n=5),
    lambda: sys.getsizeof(), lambda: sys.getsizeof(1, 2, 3), lambda: sys.getsizeof(object=[]) > 0,
    lambda: sys.getsizeof([], 5) > 0,
    lambda: sys.version_info.micro >= 0, lambda: sys.version_info < (4,), lambda: sys.version.startswith('3.11'),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print('!!', type(e).__name__, e)
