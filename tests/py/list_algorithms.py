# Classic list algorithms implemented by hand.
def bubble(xs):
    xs = xs[:]
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]

def quick(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])

def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(bubble(data))
print(merge_sort(data))
print(quick(data))
print(data)
s = sorted(data)
print([bsearch(s, t) for t in [3, 82, -5, 100, 27]])

def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]

print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1, 2, 3], 7))

def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]

print(chunks(list(range(10)), 4))
dedup = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in dedup:
        dedup.append(x)
print(dedup)
running = []
total = 0
for x in [1, 2, 3, 4]:
    total += x
    running.append(total)
print(running)
print(list(zip([1, 2, 3], [1, 2, 3][1:])))
