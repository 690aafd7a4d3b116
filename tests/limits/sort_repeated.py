# expect: limit max_instructions
# Sorting a 100k-element list over and over: the sort itself must cost fuel.
x = [i * 7919 % 100003 for i in range(10**5)]
while True:
    x.sort(reverse=x[0] < x[-1])
