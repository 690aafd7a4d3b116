# expect: limit max_memory
# 10**10**10 has 33 billion bits; its size is known before computing it.
x = 10**10**10
print(x > 0)
