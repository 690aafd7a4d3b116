# expect: limit max_memory
# A billion zeros built from nested comprehensions.
x = [[[0] * 1000 for _ in range(1000)] for _ in range(1000)]
print(len(x))
