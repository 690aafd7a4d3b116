# Iterating dicts: keys, values, items, sorted views, enumerate, reversed.
prices = {"pear": 1.25, "apple": 0.5, "fig": 3.0, "kiwi": 0.75}
for k in prices:
    print(k, end=" ")
print()
for v in prices.values():
    print(v, end=" ")
print()
for k, v in prices.items():
    print(f"{k}={v}", end=" ")
print()
for k in sorted(prices):
    print(k, prices[k])
for k, v in sorted(prices.items(), key=lambda kv: kv[1], reverse=True):
    print(k, v)
for i, (k, v) in enumerate(prices.items()):
    print(i, k, v)
for k in reversed(prices):
    print(k, end=" ")
print()
print(max(prices, key=prices.get), min(prices.values()), sum(prices.values()))
print(sorted(prices, key=len), list(prices)[::-1])
total = 0
for name in prices:
    total += len(name)
print(total)
inventory = {"a": 5, "b": 0, "c": 2}
print([k for k, v in inventory.items() if v], any(inventory.values()), all(inventory.values()))
