# obj.attr op= value where obj is a plain local: read again for the store (no Dup/Rot2);
# the errors and results are CPython's.
class C:
    def __init__(self): self.n = 0
def f(k):
    c = C()
    c.n += 1
    c.n += k
    c.n *= 3
    print(c.n)
    try:
        c.m += 1
    except AttributeError as e:
        print("AE", e)
    try:
        d += 1
    except UnboundLocalError as e:
        print("UL", e)
    d = None
    try:
        d.x += 1
    except AttributeError as e:
        print("AE2", e)
    c.s = "a"
    c.s += "b"
    print(c.s)
f(5)
def g():
    q = C()
    def inner():
        nonlocal q
        q.n += 2
    inner(); q.n += 1
    print(q.n)
g()
