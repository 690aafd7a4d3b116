# expect: limit max_memory
# pow(3, 10**10) has 16 billion bits.
x = pow(3, 10**10)
print(x > 0)
