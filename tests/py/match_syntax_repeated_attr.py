# A class pattern may name each keyword attribute only once.
# The whole program fails to compile, so nothing is printed before the error.
print("never printed")


def never_called(subject):
    match subject:
        case int(real=1, imag=0, real=2):
            return "m"
