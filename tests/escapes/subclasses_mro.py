# expect: dunder __mro__
# The last entry of any MRO is object.
root = type(0).__mro__[-1]
print('ESCAPED', len(root.__subclasses__()))
