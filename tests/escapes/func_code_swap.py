# expect: dunder __code__
# Rewriting a function's code object: the first step of bytecode-level attacks.
def safe():
    return 'safe'


def evil():
    return 'ESCAPED'


safe.__code__ = evil.__code__
print(safe())
