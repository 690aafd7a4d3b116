# expect: limit max_memory
# A dict that grows forever.
d = {}
i = 0
while True:
    d[i] = i
    i += 1
