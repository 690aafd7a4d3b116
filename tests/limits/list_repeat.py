# expect: limit max_memory
# A billion-slot list from one multiplication.
x = [0] * 10**9
print(len(x))
