# expect: limit max_memory
# Short strings kept alive: each counts with its object and its text buffer, not its
# characters alone (a flat header let such a program use 2.5 times the limit).
keep = []
i = 0
while True:
    keep.append(str(i))
    i += 1
