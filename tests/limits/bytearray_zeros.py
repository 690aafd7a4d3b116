# expect: limit max_memory
# bytearray(n) allocates n zero bytes.
b = bytearray(10**10)
print(len(b))
