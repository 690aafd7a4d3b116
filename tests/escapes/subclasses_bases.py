# expect: dunder __bases__
# bool -> int -> object through __bases__.
root = bool.__bases__[0].__bases__[0]
print('ESCAPED', len(root.__subclasses__()))
