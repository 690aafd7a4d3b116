# expect: limit max_memory
# str.format with a billion decimal places.
s = '{:.999999999f}'.format(1.0)
print(len(s))
