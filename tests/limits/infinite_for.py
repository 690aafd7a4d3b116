# expect: limit max_instructions
# A for loop over a practically endless range (lazy, so no memory).
total = 0
for i in range(10**18):
    total += i
print(total)
