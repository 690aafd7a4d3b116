# expect: limit max_memory
# Materialising a trillion-element range.
x = list(range(10**12))
print(len(x))
