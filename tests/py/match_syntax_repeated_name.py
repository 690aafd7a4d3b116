# A pattern may bind each name only once.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case {"k": [a, b]} if b:
            return "m"
        case (a, {"k": a}):
            return a
