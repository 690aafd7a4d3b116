import os, sys as system
from ..pkg.mod import (a, b as c,)
from . import *
@decorator(1)
@other.attr
class Foo(Base, metaclass=Meta, **extra):
    """Docstring."""
    x: int = 5
    y: list[int]
    def method(self, a, /, b=2, *args, c, d=4, **kw) -> "Foo":
        global g
        nonlocal_ = lambda x, *y, z=1, **w: (x, y, z, w)
        for i, (p, q) in enumerate(zip(a, b)):
            if i % 2 == 0 and not p:
                continue
            elif q is not None:
                break
            else:
                pass
        else:
            pass
        while True:
            try:
                x = yield from g()
                y = yield
            except (ValueError, TypeError) as e:
                raise RuntimeError("bad") from e
            except Exception:
                raise
            else:
                del x, y[0], z.attr
            finally:
                assert x, "msg"
        with open(f) as fh, lock:
            a, *rest = fh.read()
        with (open(a) as b, open(c) as d,):
            pass
        return *a, b
x = [i for i in range(10) if i if i > 2 for j in i]
y = {k: v for k, v in d.items()}
z = {*a, *b}
w = {**a, 'b': 1}
g = (x for x in y)
s = a[1:2, ::3, ...]
t = -2**-2
u = a if b else c
v = (n := 10)
print(f"{x!r:>{width}.{prec}f} {y=}", end='')
a = b = c = 1
a += 1; b <<= 2
x = 0x_FF + 0o17 + 0b1 + 1_000 + 1.5e-3j + 123456789012345678901234567890
s = 'a' "b" '''c''' r'\d'
b = b'x' rb'y'
