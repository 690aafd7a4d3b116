# expect: limit max_memory
# sorted() copies its input into a list first.
x = sorted(range(10**9))
print(len(x))
