# Generator pipelines: composable lazy stages.
lines = ["# comment", "alpha 3", "", "beta 5", "gamma x", "delta 7", "# end"]

def non_blank(src):
    for line in src:
        if line.strip():
            yield line

def no_comments(src):
    for line in src:
        if not line.startswith("#"):
            yield line

def parse(src):
    for line in src:
        name, value = line.split()
        try:
            yield name, int(value)
        except ValueError:
            print("skipping bad value in", repr(line))

def running_total(src):
    total = 0
    for name, value in src:
        total += value
        yield name, value, total

for row in running_total(parse(no_comments(non_blank(lines)))):
    print(row)

def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def evens(src):
    return (x for x in src if x % 2 == 0)

print(list(take(5, evens(naturals()))))

def window(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(list(window(range(6), 3)))

def batched(src, n):
    batch = []
    for x in src:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched("abcdefg", 3)))
