# int / int is correctly rounded whatever the size of the operands (large ones do not
# go through two float conversions), with CPython's overflow error; datetime's
# timestamps and total_seconds() depend on it.
print(123456789012345678 / 1000, -52540733042367645 / 10**6, (2**53 + 1) / 1, (2**54 + 3) / 2)
print(10**20 / 3, (10**17 + 1) / 10, 2**63 / 3, -(2**64) / 7, 9007199254740993 / -1)
print(10**400 / 10**399, -(10**400) / 3**500, 1 / 10**400, 2**1100 / 2**80, 0 / 10**30, -0 / -5)
try:
    print(10**400 / 3)
except OverflowError as e:
    print('OverflowError', e)

# A sweep of mixed sizes from a fixed LCG.
state = 99
total = []
for _ in range(400):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    a = state * (state >> 7) * (-1 if state & 1 else 1)
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    b = (state >> (state % 61)) or 1
    total.append(repr(a / b))
print(' '.join(total[:40]))
print(len(set(total)), sum(float(x) for x in total[40:80]))
