# int() of a bad string inside a comprehension.
fields = "12 7 x9 4".split()
print(fields)
numbers = [int(f) for f in fields]
print(numbers)
