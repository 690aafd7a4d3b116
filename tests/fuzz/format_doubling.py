s = 'ab'
for i in range(40):
    s = '%s%r' % (s, s)
