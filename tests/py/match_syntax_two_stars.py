# A sequence pattern may contain at most one starred name.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case [first, *middle, *_]:
            return first
