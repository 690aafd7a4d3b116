# expect: dunder __origin__
# A generic alias remembers the class it was made from; from there, the usual walk.
alias = list[int]
print('ESCAPED', len(alias.__origin__.__base__.__subclasses__()))
