# Alternatives of an OR pattern must bind the same names.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case [x, 1] | [1, y]:
            return "m"
