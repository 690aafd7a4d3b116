# expect: limit max_memory
# replace() quadruples a 10 MB string past the limit.
s = 'a' * 10**7
t = s.replace('a', 'aaaa')
print(len(t))
