# `x | y` is rejected for the unreachable alternative after the capture `x`, before the
# check that alternatives bind the same names.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case 0 | x | y:
            return "m"
