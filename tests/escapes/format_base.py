# expect: dunder __base__
# str.format resolves attribute fields itself, outside the normal attribute syntax.
print('{0.__class__.__base__.__subclasses__}'.format(0).replace('<', 'ESCAPED <', 1))
