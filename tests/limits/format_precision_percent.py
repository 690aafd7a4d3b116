# expect: limit max_memory
# A billion decimal places through %-formatting.
s = '%.999999999f' % 1.0
print(len(s))
