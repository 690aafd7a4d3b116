# A suspended generator the program lets go of is closed at once, as CPython closes it
# when its last reference goes: its finally blocks and GeneratorExit handlers run there.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


for x in gen("loop"):
    break
print("after loop")

g = gen("del global")
next(g)
del g
print("after del global")


def local_del():
    h = gen("del local")
    next(h)
    del h
    print("after del local")


local_del()


def watcher():
    try:
        yield "ready"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


w = watcher()
print(next(w))
del w

kept = gen("kept")
next(kept)
other = kept
del kept
print("still referenced:", next(other))
other.close()

never_started = gen("never started")
del never_started
print("end")
