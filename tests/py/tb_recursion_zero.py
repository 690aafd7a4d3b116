# A ZeroDivisionError raised at the bottom of a 100-deep recursion.
def descend(n):
    if n == 0:
        return 1 // n
    return descend(n - 1) + 1

print("starting descent")
print(descend(100))
