# Lists: comprehensions (nested and filtered), sorting with keys, slicing,
# enumerate/zip, min/max/sum and in-place sort.
def numbers(count, seed):
    out = []
    for _ in range(count):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        out.append(seed >> 12)
    return out


def work(xs):
    squares = [x * x % 10007 for x in xs]
    odd = [x for x in squares if x % 2]
    pairs = [(x % 100, i) for i, x in enumerate(xs)]
    pairs.sort()
    by_key = sorted(xs, key=lambda x: (x % 1000, -x))
    grid = [[(i * j) % 17 for j in range(40)] for i in range(40)]
    flat = [v for row in grid for v in row if v > 3]
    zipped = [a - b for a, b in zip(squares, odd)]
    chunks = [sum(xs[i : i + 50]) % 1000 for i in range(0, len(xs), 50)]
    rev = xs[::-1]
    top = sorted(squares, reverse=True)[:100]
    return (
        sum(odd) % 100003
        + pairs[len(pairs) // 2][1]
        + by_key[17] % 1000
        + sum(flat)
        + sum(zipped) % 1009
        + max(chunks)
        + min(rev[:500])
        + sum(top)
        + len([c for c in chunks if c > 500])
    )


total = 0
for r in range(8):
    total += work(numbers(20000, r))
print("checksum", total)
