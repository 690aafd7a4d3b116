# expect: dunder __subclasses__
# The dunder spelled from pieces.
name = ''.join(['_', '_', 'subclasses', '_', '_'])
print('ESCAPED', len(getattr(object, name)()))
