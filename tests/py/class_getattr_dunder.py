# __getattr__ fallback and the getattr/setattr/hasattr/delattr builtins.
class Record:
    def __init__(self, **fields):
        self.fields = fields

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}")

r = Record(name="ann", age=30)
print(r.name, r.age)
print(r.fields)
print(hasattr(r, "age"), hasattr(r, "email"))
print(getattr(r, "email", "no email"))
try:
    r.email
except AttributeError as e:
    print(type(e).__name__, e)

class Plain:
    pass

p = Plain()
setattr(p, "dynamic", 42)
print(getattr(p, "dynamic"), p.dynamic)
delattr(p, "dynamic")
print(hasattr(p, "dynamic"), getattr(p, "dynamic", None))
try:
    getattr(p, "dynamic")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "dynamic")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
for name in ["upper", "nope"]:
    print(name, hasattr("str", name), callable(getattr("str", name, None)))
print(getattr("abc", "upper")(), getattr(Plain, "__name__"))
