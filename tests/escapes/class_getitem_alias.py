# expect: dunder __base__
# list[int] is a GenericAlias that forwards attribute reads to list itself.
root = list[int].__base__
print('ESCAPED', len(root.__subclasses__()))
