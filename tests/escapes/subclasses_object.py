# expect: dunder __subclasses__
# object is a builtin name, so its subclass list is one attribute away.
classes = object.__subclasses__()
print('ESCAPED', len(classes))
