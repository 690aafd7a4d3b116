# expect: dunder __subclasses__
# The unbound method on type, called with object.
classes = type.__subclasses__(object)
print('ESCAPED', len(classes))
