# expect: limit max_memory
# 10 GB of bytes from one multiplication.
x = b'ab' * 5 * 10**9
print(len(x))
