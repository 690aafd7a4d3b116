# expect: limit max_memory
# dict.fromkeys over a huge range.
d = dict.fromkeys(range(10**9))
print(len(d))
