# Small protocol corners: super(type, obj) checks obj, __iter__ = None makes a class
# not iterable, sequence repetition takes __index__, timezone(timedelta(0)) is utc.
class B: pass
try: super(B, 5); print('no error')
except TypeError as e: print(e)
class A:
    __iter__ = None
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
try: print(list(A()))
except TypeError as e: print(e)
class N:
    def __index__(self):
        return 2
print('ab' * N(), N() * [1], (1,) * N(), b'x' * N(), N() * 'c')
try:
    'ab' * object()
except TypeError as e:
    print(e)
class B:
    pass
try:
    [1] * B()
except TypeError as e:
    print(e)
from datetime import timezone, timedelta, datetime
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), "Z")), repr(timezone(timedelta(hours=1))))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(0))))
