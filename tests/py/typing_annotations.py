from typing import List, Optional

x: int = 1
y: List[int]
try:
    y
except NameError as e:
    print("NameError:", e)
print(__annotations__, x)


class A:
    a: int
    b: str = "b"
    if True:
        c: float = 1.5
    for _i in range(1):
        d: Optional[int] = None
    (e): int = 3


print(A.__annotations__, A.b, A.c, A.d, A.e, hasattr(A, "a"))


class B(A):
    z: bytes = b""


print(B.__annotations__, B.b)


class NoAnn:
    v = 1


print(hasattr(NoAnn, "__annotations__") and NoAnn.__annotations__ is A.__annotations__)


def f():
    local: int = 5
    other: Undefined
    return local


print(f())
try:
    class Bad:
        q: Missing = 1
except NameError as e:
    print("NameError:", e)
