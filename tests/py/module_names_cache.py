# Module-level variables read and rebound in loops (the global cache serves module
# code too): rebinding, deleting and re-adding names, builtins shadowed and unshadowed
# mid-loop, functions changing module variables, and class bodies beside them.
total = 0
for i in range(10):
    total = total + i
print(total)

x = 1
for i in range(3):
    x = x * 10
    print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
x = "back"
print(x)

for i in range(4):
    print(len("abc") if i != 2 else len.__name__)
    if i == 1:
        len = lambda s: 99
    if i == 2:
        del len


def bump():
    global counter
    counter += 5


counter = 0
for i in range(3):
    bump()
    counter = counter + 1
print(counter)

names = []
for i in range(3):
    globals_before = i
    names.append(globals_before)
print(names)


class K:
    total = 100
    for i in range(3):
        total = total + i
    print(total)


print(total, K.total)

for i in range(2):
    try:
        print(undefined_name)
    except NameError as e:
        print("NameError", e)
    undefined_name = i
print(undefined_name)
