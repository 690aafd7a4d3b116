# Ordering of strings: code-point order, case-insensitive keys, length keys.
names = ["bob", "Alice", "carol", "Dave", "eve", "alice", "Bob"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(names, key=len), sorted(names, key=len, reverse=True))
print(max(names), min(names), max(names, key=len), min(names, key=str.casefold))
print("a" < "b" < "c", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z")
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print("x" == "x", "x" != "X", "x" in "xyz")
print(sorted("Hello World"), "".join(sorted("dcba")))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
