# expect: limit max_memory
# replace() doubling a string on every pass.
s = 'ab'
while True:
    s = s.replace('a', 'aa').replace('b', 'bb')
print(len(s))
