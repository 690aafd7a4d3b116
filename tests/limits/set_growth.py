# expect: limit max_memory
# A set grown a hundred thousand elements at a time.
s = set()
n = 0
while True:
    s.update(range(n, n + 10**5))
    n += 10**5
