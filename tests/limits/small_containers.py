# expect: limit max_memory
# Small dicts, sets, tuples and lists kept alive: each counts with its object and its
# buffers, as the allocator hands them out.
keep = []
i = 0
while True:
    keep.append({})
    keep.append(set())
    keep.append((i,))
    keep.append([i])
    i += 1
