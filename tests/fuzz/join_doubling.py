s = 'ab'
for i in range(40):
    s = ''.join([s, s, s])
