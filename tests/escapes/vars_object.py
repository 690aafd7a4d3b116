# expect: builtin vars
# vars(object) holds object's raw methods; __reduce_ex__ hands out copyreg.__newobj__,
# whose globals hold the real builtins.
reduce_ex = vars(object)['__reduce_ex__']
newobj = reduce_ex(object(), 2)[0]
print('ESCAPED', newobj.__globals__['__builtins__']['open'])
