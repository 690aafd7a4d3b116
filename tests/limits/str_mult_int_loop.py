# expect: limit max_instructions
# Arithmetic in a tight loop, nothing allocated.
n = 0
while True:
    n = (n * 31 + 7) % 1000003
