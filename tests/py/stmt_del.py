# del statement on names, items, slices, attributes, and the errors it raises.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print("deleted a and b")
lst = list(range(8))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

class Thing:
    cls_attr = "class"

    def __init__(self):
        self.inst = "instance"

t = Thing()
del t.inst
print(hasattr(t, "inst"))
try:
    del t.inst
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Thing.cls_attr
print(hasattr(t, "cls_attr"))
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
t2 = (1, 2)
try:
    del t2[0]
except TypeError as e:
    print(type(e).__name__, e)

def f():
    y = 1
    del y
    try:
        return y
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(f())
for k in range(2):
    pass
del k
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
