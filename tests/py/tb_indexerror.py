# An uncaught IndexError from a loop that walks one step too far.
values = [3, 1, 4, 1, 5]
i = 0
while True:
    print(i, values[i])
    i += 2
