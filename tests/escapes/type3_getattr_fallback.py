# expect: dunder __subclasses__
# A class built by type() whose __getattr__ forwards any name to object: the dunder
# is asked of an instance, which then asks object for it.
T = type('T', (), {'__getattr__': lambda self, name: getattr(object, name)})
print('ESCAPED', len(T().__subclasses__()))
