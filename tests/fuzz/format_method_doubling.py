s = 'ab'
for i in range(40):
    s = '{}{!r}{:>5}'.format(s, s, s)
