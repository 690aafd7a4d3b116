# expect: limit max_memory
# ljust() to 10 GB.
s = 'x'.ljust(10**10, '-')
print(len(s))
