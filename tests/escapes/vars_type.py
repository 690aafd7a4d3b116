# expect: builtin vars
# vars(cls) is cls.__dict__ without the dunder in the source.
subclasses = vars(type)['__subclasses__']
print('ESCAPED', len(subclasses(object)))
