# match statement sequence patterns: fixed length in [] and () spellings, star captures
# at the start, middle and end (always bound to a list), nested sequences, length
# mismatches, str/bytes/bytearray never matching a sequence pattern, list vs tuple vs
# range, the empty pattern, and iterators/dicts/sets, which are not sequences.
from collections import deque


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: " + repr(x)
        case (a, b):
            return "two: " + repr(a) + " " + repr(b)
        case [a, b, c]:
            return "three: " + repr((a, b, c))
        case [first, *rest]:
            return "first " + repr(first) + " rest " + repr(rest)
        case _:
            return "not a sequence: " + type(v).__name__


for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5),
          range(0), range(2, 4), "ab", "a", "", b"ab", bytearray(b"xy"), {1: 2},
          {3}, 5, None, deque([7, 8]), (n for n in [1, 2])]:
    print(shape(v))


def ends(v):
    match v:
        case [*_, last] if last == 0:
            return "ends with zero"
        case [a, *mid, b]:
            return "a=%r mid=%r b=%r" % (a, mid, b)
        case [*everything]:
            return "everything=%r" % (everything,)


for v in [[1, 0], (5, 6), (5, 6, 7, 8), [9], (), range(3), "xyz"]:
    print(ends(v))

# The star capture is always a new list, even from a tuple or range.
match (1, 2, 3):
    case (1, *tail):
        print(tail, type(tail).__name__)
match range(10, 14):
    case [*head, 13]:
        print(head, type(head).__name__)
src = [1, 2, 3]
match src:
    case [*copy]:
        copy.append(4)
        print(src, copy, copy is src)


def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return "2x2 " + repr(a + b + c + d)
        case [(x, y), *more] if not more:
            return "single pair " + repr((x, y))
        case [[*inner], *_]:
            return "first is seq of len " + str(len(inner))
        case [[_, _, _], _]:
            return "unreachable"
        case _:
            return "no"


for v in [[[1, 2], [3, 4]], [(5, 6)], [[1, 2, 3], 0], [(1, 2), [3, 4]], [1, [2]],
          [["ab", "cd"], "ef"], ["ab", "cd"]]:
    print(nested(v))

# Literals and value patterns inside sequences; strings as elements are fine.
for cmd in [["go", "north"], ["go", "n", "fast"], ["look"], ["drop", "lamp", "key"],
            ("quit",), ["quit", "now"], "quit"]:
    match cmd:
        case ["go", direction]:
            print("going", direction)
        case ["go", direction, speed]:
            print("going", direction, speed)
        case ["look"] | ["l"]:
            print("looking")
        case ["drop", *objects]:
            print("dropping", objects)
        case ("quit",):
            print("bye")
        case _:
            print("unknown", repr(cmd))

# A length mismatch never binds part of the pattern in a later-failing case.
match [1, 2, 3]:
    case [p, q]:
        print("two?", p, q)
    case [p, q, r, s]:
        print("four?")
    case [p, *q]:
        print("p, q =", p, q)

# Bytes elements and a sequence of mixed types.
match [b"x", 1.5, None, True]:
    case [bytes() as b, float() as f, None, True]:
        print("mixed", b, f)
