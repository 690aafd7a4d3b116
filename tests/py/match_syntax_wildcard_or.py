# A wildcard alternative that is not the last alternative makes the rest unreachable.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case [_ | 1, 2]:
            return "m"
