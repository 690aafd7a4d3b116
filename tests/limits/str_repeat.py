# expect: limit max_memory
# A 10 GB string from one multiplication: refused before allocating.
x = 'a' * 10**10
print(len(x))
