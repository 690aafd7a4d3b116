# expect: limit max_memory
# A list of lists that grows forever.
x = []
while True:
    x.append([0] * 100)
