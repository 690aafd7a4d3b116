# expect: dunder __subclasses__
# type.mro() is a plain method (allowed); the dunder after it is not.
root = type(0).mro()[-1]
print('ESCAPED', len(root.__subclasses__()))
