# expect: dunder __dict__
# A class's __dict__ hands out raw descriptors, here type.__subclasses__.
subclasses = type.__dict__['__subclasses__']
print('ESCAPED', len(subclasses(object)))
