# expect: limit max_memory
# 100 MB chunks appended to a list until memory runs out.
chunks = []
while True:
    chunks.append(' ' * 10**8)
print(len(chunks))
