# expect: limit max_memory
# Small fixed-size objects kept in a list: ranges, slices, properties and dict views
# count toward the limit themselves, not only the list's references to them.
keep = []
d = {}
i = 0
while True:
    keep.append(range(i))
    keep.append(slice(i, i))
    keep.append(property())
    keep.append(d.keys())
    i += 1
