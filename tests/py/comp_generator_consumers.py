# Comprehensions consumed by builtins: sum/any/all/min/max/sorted/dict/set and early exit.
data = [4, -2, 7, 0, -9, 3]
print(sum(x for x in data if x > 0), sum(abs(x) for x in data))
print(any(x == 0 for x in data), all(x < 10 for x in data), any(x > 100 for x in data))
print(min(x for x in data if x > 0), max((abs(x), x) for x in data))
print(sorted((x for x in data), key=abs), list(reversed([x * 2 for x in data])))
print(dict((str(x), x) for x in data[:3]), sorted(set(x % 3 for x in data)))
checked = []

def positive(x):
    checked.append(x)
    return x > 0

print(all(positive(x) for x in data), checked)
checked.clear()
print(any(positive(x) for x in data), checked)
print(next((x for x in data if x < -5), None), next((x for x in data if x > 50), "none"))
print("".join(str(x) for x in range(5)), tuple(x for x in "ab"))
print(max(["apple", "kiwi", "banana"], key=lambda w: sum(c in "aeiou" for c in w)))
