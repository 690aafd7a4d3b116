# ValueError from tuple unpacking with the wrong number of values.
pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
for name, value in pairs:
    print(name, value)
