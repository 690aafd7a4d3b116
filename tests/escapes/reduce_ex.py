# expect: dunder __reduce_ex__
# Pickle support hands out copyreg functions, whose globals hold the real builtins.
newobj = object().__reduce_ex__(2)[0]
print('ESCAPED', newobj.__globals__['__builtins__']['__import__']('os').getcwd())
