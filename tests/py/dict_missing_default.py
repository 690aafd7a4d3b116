# Patterns for missing keys: get, setdefault, try/except, in, __missing__ subclasses.
stock = {"apple": 3}
for fruit in ["apple", "pear"]:
    print(fruit, stock.get(fruit, 0))
    if fruit in stock:
        print("  have", stock[fruit])
    try:
        print("  got", stock[fruit])
    except KeyError as e:
        print("  KeyError", e)

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["z"], "z" in c, len(c))

class AutoList(dict):
    def __missing__(self, key):
        value = []
        self[key] = value
        return value

groups = AutoList()
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, isinstance(groups, dict), type(groups).__name__)
print(groups.get("z"), "z" in groups)

class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no such key: {key}")

s = Strict(a=1)
try:
    s["b"]
except KeyError as e:
    print(type(e).__name__, e)
nested = {}
nested.setdefault("a", {}).setdefault("b", []).append(1)
nested.setdefault("a", {}).setdefault("b", []).append(2)
print(nested)
