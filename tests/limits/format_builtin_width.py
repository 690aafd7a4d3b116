# expect: limit max_memory
# format() with a 2 GB width and a thousands separator.
s = format(1, ',>2000000000')
print(len(s))
