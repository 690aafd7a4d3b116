# expect: limit max_memory
# A string grown by a megabyte per iteration, copied each time.
s = ''
while True:
    s = s + ' ' * 10**6
print(len(s))
