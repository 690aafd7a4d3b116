# Name resolution: local, enclosing, global, builtin; shadowing builtins; class scope.
x = "global"

def outer():
    x = "enclosing"

    def inner():
        return x

    return inner()

print(outer())

def local_wins():
    x = "local"

    def inner():
        x = "inner local"
        return x

    return inner(), x

print(local_wins())

def uses_builtin():
    return len("abc")

def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")

print(uses_builtin(), shadows_builtin(), len("ab"))
max = lambda *a: "global shadow of max"
print(max(1, 2))
del max
print(max(1, 2))

class Scope:
    y = 10
    z = y * 2

    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"

print(Scope.z, Scope().method())
counter = 0

def bump():
    global counter
    counter = counter + 1

for _ in range(3):
    bump()
print(counter)
funcs = {}
for name in ["a", "b"]:
    def show(n=name):
        return n
    funcs[name] = show
print(funcs["a"](), funcs["b"]())
print([x for x in range(3)], x)
