# Positional sub-patterns may not follow keyword sub-patterns in a class pattern.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case int(real=1, 0):
            return "m"
