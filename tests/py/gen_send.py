# Generator send(): priming, running averages, two-way communication.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))

def echo():
    received = None
    while True:
        received = yield f"got {received!r}"

e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send([1, 2]))
print(next(e))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print(type(err).__name__, err)

def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)

acc = accumulate()
next(acc)
acc.send("a")
acc.send("b")
try:
    acc.send(None)
except StopIteration as stop:
    print("finished with", stop.value)
