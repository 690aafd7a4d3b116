# Functions returning tuples, dicts, functions and None; using the results.
def stats(values):
    n = len(values)
    mean = sum(values) / n
    return min(values), max(values), mean

lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
result = stats([1, 2])
print(result, type(result).__name__, result[2])

def parse(line):
    key, _, value = line.partition("=")
    if not _:
        return None
    return {"key": key.strip(), "value": value.strip()}

for line in ["a = 1", "no equals", "b=two=2"]:
    print(parse(line))

def split_even_odd(nums):
    evens = [n for n in nums if n % 2 == 0]
    odds = [n for n in nums if n % 2]
    return evens, odds

e, o = split_even_odd(range(10))
print(e, o)

def maybe(x):
    if x > 0:
        return x

print(maybe(5), maybe(-5))

def divmod_like(a, b):
    return a // b, a % b

print(*divmod_like(17, 5), sep=" r ")
