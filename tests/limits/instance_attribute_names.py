# expect: limit max_memory
# An instance given ever new attribute names: each is an entry in its own namespace,
# which counts toward the limit like a dict's.
class Bag:
    pass


bag = Bag()
i = 0
while True:
    setattr(bag, "a%d" % i, i)
    i += 1
