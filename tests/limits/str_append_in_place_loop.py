# expect: limit max_memory
# A string grown in place by `+=` in a function (nothing else holds it, so it is not
# copied): its doubling buffer is still counted, and refused at the limit.
def grow():
    s = ''
    while True:
        s += ' ' * 10**6
    return s


print(len(grow()))
