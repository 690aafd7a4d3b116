# expect: limit max_memory
# A function given ever new attributes (`f.calls = 0` style, by name).
def f():
    pass


i = 0
while True:
    setattr(f, "a%d" % i, i)
    i += 1
