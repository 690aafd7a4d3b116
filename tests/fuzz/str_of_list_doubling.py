s = 'ab'
for i in range(40):
    s = str([s, s])
