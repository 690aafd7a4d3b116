# expect: dunder __base__
# A name built at run time cannot be caught by looking at the source.
cls = getattr((), '__cl' + 'ass__')
root = getattr(cls, '__ba' + 'se__')
print('ESCAPED', len(root.__subclasses__()))
