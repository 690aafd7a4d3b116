# expect: limit max_instructions
# Comparing two long equal lists walks them both in one instruction: charged to the fuel.
a = [0] * 600_000
b = [0] * 600_000
while True:
    same = a == b
