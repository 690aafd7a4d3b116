# if / elif / else chains, nested ifs, truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-3, 0, 7, 42, 1000]:
    print(n, classify(n))

def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    if letter != "F":
        if score % 10 >= 7:
            letter += "+"
        elif score % 10 < 3:
            letter += "-"
    return letter

print([grade(s) for s in [99, 91, 85, 78, 71, 50, 100]])
for value in [0, 1, "", "x", [], [0], None, {}, 0.0]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10:
    pass
else:
    print("else branch")
if x:
    if x % 2:
        print("odd")
    else:
        print("even")
if not x == 5 or x is None:
    print("unexpected")
else:
    print("x is five")
