# expect: limit max_memory
# A list that doubles itself every iteration.
x = [1]
while True:
    x.extend(x)
