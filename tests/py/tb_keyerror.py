# An uncaught KeyError shows the repr of the missing key.
prices = {"apple": 1.25, "pear": 0.8}
order = ["apple", "pear", "kiwi"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
print(total)
