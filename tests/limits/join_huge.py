# expect: limit max_memory
# join of ten thousand 1 MB strings: 10 GB, whose size join knows up front.
s = ''.join(['x' * 10**6] * 10**4)
print(len(s))
