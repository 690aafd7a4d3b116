# match statement scoping and control flow: captures stay bound after the match (also
# when a guard then fails), locals in functions and UnboundLocalError when no case bound
# the name, closures over captures, break/continue/return inside case bodies, nested
# matches, `_` never binding, and `match`/`case` as soft keywords usable as names.

match [1, 2]:
    case [first, second]:
        pass
print("module level", first, second)

# The guard runs after the captures are stored, so a failed guard leaves them bound.
match (7, 8):
    case (g1, g2) if g1 > g2:
        print("unreachable")
    case _:
        print("guard failed; still bound:", g1, g2)

_ = "underscore value"
match 99:
    case _:
        print("wildcard leaves _ alone:", _)
match [3]:
    case [_]:
        print("still:", _)


def local_capture(v):
    match v:
        case [x]:
            pass
        case {"x": x}:
            pass
    return x


print(local_capture([1]), local_capture({"x": 2}))
try:
    local_capture(3)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def make_getters(items):
    getters = []
    for item in items:
        match item:
            case (name, value):
                getters.append(lambda value=value, name=name: name + "=" + str(value))
            case name:
                getters.append(lambda: "late " + str(name))
    return [g() for g in getters]


print(make_getters([("a", 1), "solo", ("b", 2)]))


def first_negative(values):
    for i, v in enumerate(values):
        match v:
            case int(n) if n < 0:
                return i, n
            case "stop":
                break
            case str():
                continue
            case _:
                pass
        print("looked at", repr(v))
    return None


print(first_negative([1, "skip", 2, -5, 3]))
print(first_negative([1, "stop", -5]))

# Nested matches and a match inside a while loop.
stack = [("push", 1), ("push", 2), ("add",), ("push", 10), ("mul",), ("print",), ("end",)]
data = []
pc = 0
while True:
    match stack[pc]:
        case ("push", int(n)):
            data.append(n)
        case (op,) if op in ("add", "mul"):
            b, a = data.pop(), data.pop()
            match op:
                case "add":
                    data.append(a + b)
                case "mul":
                    data.append(a * b)
        case ("print",):
            print("top", data[-1])
        case ("end",):
            break
    pc += 1
print("stack", data)

# Soft keywords: match and case are ordinary names outside a match statement.
match = 5
case = [1]
print(match, case)
match = [10, 20]
print(match[0], match [1])
case = {"case": "value"}
print(case["case"])


def match(*args):
    return "called match with " + repr(args)


print(match(1))
print(match(1, 2))


class Matcher:
    match = "attribute"

    def case(self, x):
        return "method case " + repr(x)


print(Matcher.match, Matcher().case(3))
match match(0):
    case str(case):
        print("subject from match():", case)
