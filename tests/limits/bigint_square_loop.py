# expect: limit max_instructions
# Squaring doubles the size each time, and the work of each multiplication grows faster
# than its result: the fuel charged for big-int arithmetic runs out before memory does.
x = 3
while True:
    x = x * x
print(x > 0)
