# Two reads of obj.method are equal (same function, same receiver) and hash alike, so
# listeners.remove(obj.m) and 'callback in listeners' work; slices compare by bounds.
class A:
    def m(self): pass
a, b = A(), A()
print(a.m == a.m, a.m == b.m, a.m != a.m, hash(a.m) == hash(a.m), a.m in [a.m], {a.m: 1}[a.m])
l = [1]
print(l.append == l.append, l.append == [].append, [a.m].index(a.m))
listeners = [a.m]
listeners.remove(a.m); print(listeners)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) != slice(1, 2), [slice(1, 2)].index(slice(1, 2)), slice(1, 2) in [slice(1, 2)])
print(slice(1.0, 2) == slice(1, 2), slice(None) == slice(None, None, None))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
