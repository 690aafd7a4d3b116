# Passing generator expressions and iterables into functions; keyword argument ordering.
def consume(iterable, *, limit=None):
    out = []
    for i, x in enumerate(iterable):
        if limit is not None and i >= limit:
            break
        out.append(x)
    return out

print(consume(x * x for x in range(10)))
print(consume((x for x in "abcdef"), limit=3))
print(sum(x for x in range(101) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((v for v in [3, 1, 2]), reverse=True))
print("".join(c.upper() for c in "shout"))

def show_order(a, b, c):
    return f"a={a} b={b} c={c}"

def v(label, value):
    print("evaluating", label)
    return value

print(show_order(v("first", 1), c=v("second", 3), b=v("third", 2)))
print(dict(zip("xyz", (n for n in range(3)))))
