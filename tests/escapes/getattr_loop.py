# expect: dunder __mro__
# Walking an attribute path taken from data.
path = ['__class__', '__mro__']
x = ()
for name in path:
    x = getattr(x, name)
print('ESCAPED', len(x[-1].__subclasses__()))
