# expect: limit max_memory
# tuple() of a huge range.
x = tuple(range(10**10))
print(len(x))
