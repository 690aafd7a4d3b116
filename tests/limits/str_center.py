# expect: limit max_memory
# center() to a terabyte.
s = 'x'.center(2**40)
print(len(s))
