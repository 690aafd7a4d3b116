# expect: limit max_memory
# A 1 GB padded field in an f-string.
s = f'{1:>999999999}'
print(len(s))
