d = {}
s = 'x'
for i in range(40):
    s = repr((s, s, {1: s}))
