# An irrefutable name capture that is not the last case makes later cases unreachable.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case 1:
            return "one"
        case other:
            return "anything"
        case 2:
            return "two"
