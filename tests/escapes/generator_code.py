# expect: error AttributeError
# gi_code is the generator's code object in CPython; Sandpit has no such attribute.
g = (x for x in range(3))
print('ESCAPED', g.gi_code.co_consts)
