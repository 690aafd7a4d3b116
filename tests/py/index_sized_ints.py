# Ints too big for an index or a size: CPython's errors, not a wrapped or clamped value.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

big = 10**20
for seq in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab")):
    show(lambda: seq[big])
    show(lambda: seq[-big])
    show(lambda: seq[big:])
    show(lambda: seq[-big:1])

l = [1, 2, 3]
def set_big():
    l[big] = 0
def del_big():
    del l[-big]
def set_small():
    l[5] = 0
show(set_big)
show(del_big)
show(set_small)
show(lambda: l.pop(big))
show(lambda: l.insert(big, 0))
show(lambda: l.insert(-big, 0))
show(lambda: l.insert(2**63 - 1, 9) or l)
show(lambda: l.pop(-2**63) )
b = bytearray(b"xyz")
show(lambda: b.pop(big))
show(lambda: b.insert(big, 0))
show(lambda: b.insert(2**63 - 1, 65) or b)

for seq in ([0], (0,), "a", b"a", bytearray(b"a"), [], ""):
    show(lambda: seq * big)
    show(lambda: big * seq)
    show(lambda: seq * -big)

class Huge:
    def __len__(self):
        return big
class HugeNegative:
    def __len__(self):
        return -big
class Index:
    def __index__(self):
        return big
show(lambda: len(Huge()))
show(lambda: len(HugeNegative()))
show(lambda: len(range(big)))
show(lambda: [1, 2][Index()])
show(lambda: [1, 2].pop(Index()))
show(lambda: int("10", big))
show(lambda: int("10", -big))

show(lambda: slice(-5, None, 2).indices(2**62))
show(lambda: "abc".find("c", big))
show(lambda: "abc".find("c", -big))
show(lambda: "abcabc".count("c", 0, big))

import math
for x in (9.2e18, 9.3e18, -9.3e18, 2.0**63, -2.0**63, 1e300, -1e300):
    show(lambda: int(x))
    show(lambda: math.floor(x))
    show(lambda: math.ceil(x + 0.5))
    show(lambda: round(x))
show(lambda: int(float("nan")))
show(lambda: math.floor(float("inf")))
l = [1, 2]
def imul():
    global l
    l *= big
show(imul)
print(l)

import re
show(lambda: re.compile("a").search("bab", big))
show(lambda: re.compile("a").search("bab", -big, big))
show(lambda: re.compile("a").search("bab", 1, 2**63 - 1))
show(lambda: (5).to_bytes(big, "big"))
show(lambda: "%*d" % (big, 1))
show(lambda: "%.*f" % (big, 1.0))
show(lambda: "%.*f" % (2**40, 1.0))
show(lambda: "[%*d]" % (-3, 1))
show(lambda: re.compile("a").split("bab", big))
show(lambda: re.sub("a", "x", "bab", -big))
show(lambda: 0 << big)
show(lambda: 0 << 2**63)
show(lambda: False << big)
