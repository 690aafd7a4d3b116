# match statement OR and AS patterns and guards: alternatives of literals, alternatives
# that bind the same names in different positions, `as` on whole and nested patterns,
# guards seeing the case's bindings and evaluated only once the pattern matched (and
# not at all afterwards), and the order cases are tried in.


def small(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case 4 | 5 as n:
            return "medium " + repr(n)
        case (10 | 20) as n if n > 15:
            return "twenty"
        case "a" | "b" | None:
            return "letter or None"
        case [x] | (x, _) | {"x": x}:
            return "extracted " + repr(x)
        case [1, (2 | 3) as second, *rest] as whole:
            return "second=%r rest=%r whole=%r" % (second, rest, whole)
        case _:
            return "no"


for v in [1, 3, True, 2.0, 5, 10, 20, "a", None, "c", [7], (8, 9), {"x": 6, "y": 0},
          [1, 3, 4, 5], (1, 2), (1, 4, 0), [1, 2, 3]]:
    print(repr(v), "->", small(v))

# Alternatives binding names in different places: the binding comes from the branch
# that matched.
for v in [(1, "one"), ("two", 2), (3, 3)]:
    match v:
        case (int(n), str(word)) | (str(word), int(n)):
            print("n", n, "word", word)
        case (a, b) as pair if a == b:
            print("same pair", pair)

# as on the whole subject and on nested parts.
match [[1, 2], [3, 4]]:
    case [[_, _] as row1, [3, _] as row2] as grid:
        print(row1, row2, grid, row1 is grid[0])
match {"k": (5, 6)}:
    case {"k": (a, b) as t}:
        print("t", t, "a+b", a + b)

# Guards: run only after a successful pattern match, in order, and a false guard
# moves on to the next case.
log = []


def check(tag, result):
    log.append(tag)
    return result


for v in [1, 2, 3]:
    match v:
        case 1 if check("g1", False):
            print("case a")
        case x if check("g2:" + str(x), x == 2):
            print("case b", x)
        case 3 if check("g3", True):
            print("case c")
        case _ if check("g4", True):
            print("case d")
print(log)

# A guard that raises propagates out of the match.
try:
    match 0:
        case n if 1 / n:
            print("unreachable")
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# Guard expressions can use names bound earlier in the same pattern and outer names.
limit = 10
for pair in [(3, 4), (8, 9), (5, 5)]:
    match pair:
        case (a, b) if a + b > limit:
            print(pair, "over the limit")
        case (a, b) if a == b:
            print(pair, "equal")
        case (a, b):
            print(pair, "fine")

# An OR of class patterns and of value patterns.


class K:
    ON = "on"
    OFF = "off"


for v in ["on", "off", "dim", 3, 3.5, b"?"]:
    match v:
        case K.ON | K.OFF:
            print(repr(v), "switch state")
        case int() | float() as num:
            print(repr(v), "number", num)
        case str() | bytes():
            print(repr(v), "text-ish")
