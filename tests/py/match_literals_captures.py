# match statement (PEP 634) basics: literal patterns (ints, strings, negatives, floats),
# None/True/False compared by identity, 1 vs True vs 1.0, capture and wildcard, value
# patterns (dotted names), guards, an irrefutable last case, no case matching, and
# matching on expressions and on tuples written `match a, b:`.


def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case "ab" "cd":
            return "concatenated"
        case b"raw":
            return "bytes raw"
        case 1_000:
            return "thousand"
        case _:
            return "other " + repr(v)


for v in [0, 0.0, False, -1, -1.0, -2.5, "hello", "", "abcd", b"raw", "raw", 1000, 1000.0, [0]]:
    print(repr(v), "->", lit(v))


def singleton(v):
    # True/False/None match by identity, not equality.
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one (==)"
        case 0:
            return "zero (==)"
        case _:
            return "neither"


for v in [True, False, None, 1, 1.0, 0, 0.0, "", []]:
    print(repr(v), "->", singleton(v))


def capture(v):
    match v:
        case 1:
            return "one"
        case x if x > 3:
            return "big " + str(x)
        case x if x < 0:
            return "negative " + str(x)
        case other:
            return "small " + str(other)


print([capture(v) for v in [1, 2, 5, -4, 3, True]])


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = 3


class Box:
    class Inner:
        LIMIT = 10


def value_pattern(v):
    match v:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Color.BLUE:
            return "is blue"
        case Box.Inner.LIMIT:
            return "at the limit"
        case _:
            return "no colour"


print([value_pattern(v) for v in ["red", "green", 3, 3.0, 10, "blue", None]])

# No case matches: nothing runs, execution falls through.
for v in [7, "x"]:
    match v:
        case 1:
            print("one")
        case "y":
            print("y")
    print("after match on", repr(v))

# Matching on an expression and on an implicit tuple.
n = 6
match n * 2 + 1:
    case 13:
        print("thirteen")
    case _:
        print("not thirteen")

for a, b in [(0, 0), (1, 0), (0, 1), (2, 3)]:
    match a, b:
        case 0, 0:
            print("origin")
        case x, 0:
            print("on x axis at", x)
        case 0, y:
            print("on y axis at", y)
        case x, y:
            print("point", x, y)

# The wildcard binds nothing; a capture is bound after the match.
match 42:
    case _:
        pass
match 43:
    case caught:
        pass
print("caught", caught)
