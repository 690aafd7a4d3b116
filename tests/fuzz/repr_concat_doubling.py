s = 'ab'
for i in range(40):
    s = repr(s) + repr(s)
