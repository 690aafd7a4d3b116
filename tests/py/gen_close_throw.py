# Generator close() and throw(), finally blocks in generators, GeneratorExit.
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = resource()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
for v in resource():
    print("loop", v)
for v in resource():
    print("break at", v)
    break
print("after break")

def catches_exit():
    try:
        yield "running"
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = catches_exit()
next(c)
c.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "should not yield here"

bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def thrower():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled", e)
            yield "recovered"

t = thrower()
print(next(t))
print(t.throw(ValueError("oops")))
print(next(t))
try:
    t.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
unstarted = resource()
unstarted.close()
print("closing an unstarted generator runs nothing")
