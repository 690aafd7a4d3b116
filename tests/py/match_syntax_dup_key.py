# A mapping pattern with the same literal key twice is a SyntaxError at compile time.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case {"a": 1, "b": 2, "a": 3}:
            return "m"
