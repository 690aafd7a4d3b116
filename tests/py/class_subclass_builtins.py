# Subclassing builtins: list, dict with __missing__, str, int, and exceptions.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[::-1], type(s[:]).__name__)

class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        self[key] = value = self.factory()
        return value

dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(dd, dd.get("zzz"), "zzz" in dd, len(dd))

class UpperStr(str):
    def shout(self):
        return self.upper() + "!"

u = UpperStr("hello")
print(u, u.shout(), u + " world", type(u + "x").__name__, len(u), u == "hello", isinstance(u, str))

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

print(Celsius(100).to_f(), Celsius(37.5) + 1, type(Celsius(1) + 1).__name__)

class MyError(ValueError):
    pass

try:
    raise MyError("custom value error")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, MyError))

class CountingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0

    def append(self, item):
        self.appends += 1
        super().append(item)

cl = CountingList("ab")
cl.append("c")
cl.append("d")
print(cl, cl.appends)

class OrderedKeys(dict):
    def __setitem__(self, key, value):
        super().update({key.lower(): value})

ok = OrderedKeys()
ok["A"] = 1
ok["b"] = 2
print(ok, ok["a"])
