# expect: limit max_memory
# Instances of a plain class, each with one attribute, kept alive: an instance counts
# toward the limit with all it takes (its object and its attribute vector).
class P:
    def __init__(self, a):
        self.a = a


keep = []
while True:
    keep.append(P(1))
