# expect: dunder __getattribute__
# The generic attribute lookup called directly, skipping any class-level guard.
cls = object.__getattribute__((), '__class__')
root = object.__getattribute__(cls, '__base__')
print('ESCAPED', len(root.__subclasses__()))
