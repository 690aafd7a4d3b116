# Truthiness of user objects: __bool__ first, then __len__, else always true.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__ called")
        return self.on

class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("__len__ called")
        return len(self.items)

class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10

class Neither:
    pass

print(bool(Flag(True)), bool(Flag(False)))
print(bool(Box([1])), bool(Box([])))
print(bool(Both()), len(Both()), bool(Neither()))
if Box([]):
    print("not printed")
else:
    print("empty box is falsy")
print(Flag(False) or "fallback", Box([1, 2]) and "box is truthy")
print(not Flag(True))
while Box([]):
    break
else:
    print("while on falsy object skipped")

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
print(len([x for x in [Box([]), Box([0])] if x]))
