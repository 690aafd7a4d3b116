# Bitwise operators, precedence relative to arithmetic and comparisons, and flags.
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 6 << 2, 6 >> 1)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 8 >> 1 + 1)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, 5 ^ 1 == 4, (5 ^ 1) == 4)
print(-1 & 0xFF, -1 >> 10, -1 << 3, ~0 & 0xF)
READ, WRITE, EXEC = 1, 2, 4
perms = READ | WRITE
print(perms, bool(perms & READ), bool(perms & EXEC), perms | EXEC, perms & ~WRITE, perms ^ READ)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), [b for b in range(8) if flags >> b & 1])
print(bin(0b1011 & 0b1101), bin(0b1011 | 0b1101), bin(0b1011 ^ 0b1101))
print({1, 2} & {2, 3} == {2}, sorted({1} | {2}), sorted({1, 2} ^ {2, 3}))
print(True & False, True | False, True ^ True, False ^ True)
n = 0b10110
count = 0
while n:
    n &= n - 1
    count += 1
print(count)
print(12 & -12, (12 & -12).bit_length())
