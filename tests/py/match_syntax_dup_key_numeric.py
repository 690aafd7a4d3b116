# Duplicate mapping-pattern keys compare by value: 1 and True are the same key.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case {1: one, "x": x, True: t}:
            return one
