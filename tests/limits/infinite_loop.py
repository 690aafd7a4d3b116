# expect: limit max_instructions
# A loop that never ends.
while True:
    pass
