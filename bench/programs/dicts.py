# Dictionaries and sets: counting, grouping, lookups with get and in, updates,
# removals, set algebra and comprehensions. Checksums never depend on iteration
# order (peers may order sets and dicts differently), only on contents.
def keys(count, seed):
    out = []
    for _ in range(count):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        out.append("k%d" % (seed % 5003))
    return out


def count_words(ks):
    counts = {}
    for k in ks:
        counts[k] = counts.get(k, 0) + 1
    return counts


def group(counts):
    by_count = {}
    for k, n in counts.items():
        if n in by_count:
            by_count[n].append(k)
        else:
            by_count[n] = [k]
    return by_count


def index_of(ks):
    first = {}
    for i, k in enumerate(ks):
        if k not in first:
            first[k] = i
    return first


def sets(ks):
    a = set(ks[: len(ks) // 2])
    b = set(ks[len(ks) // 2 :])
    evens = {k for k in ks if int(k[1:]) % 2 == 0}
    score = len(a | b) + len(a & b) * 3 + len(a - b) * 5 + len(a ^ b) * 7 + len(evens & a)
    seen = set()
    for k in ks:
        if k in seen:
            score += 1
        else:
            seen.add(k)
        if len(seen) > 3000:
            seen.discard(k)
    return score


def churn(ks):
    d = {}
    total = 0
    for i, k in enumerate(ks):
        d[k] = i
        if i % 3 == 0 and k in d:
            d.pop(k)
        if i % 1000 == 999:
            total += len(d)
            d = {key: v for key, v in d.items() if v % 2 == 0}
    return total + sum(d.values()) % 1000003


total = 0
for r in range(6):
    ks = keys(50000, r + 1)
    counts = count_words(ks)
    groups = group(counts)
    first = index_of(ks)
    total += len(counts) + sum([n * len(v) for n, v in groups.items()])
    total += sum(first.values()) % 99991
    total += sets(ks) + churn(ks)
    total += max([counts[k] for k in counts]) + len(groups)
print("checksum", total)
