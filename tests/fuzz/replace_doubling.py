s = 'abab'
for i in range(40):
    s = s.replace('a', s[:100] + 'a')
