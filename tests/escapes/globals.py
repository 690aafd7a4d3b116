# expect: builtin globals
# globals() holds __builtins__ in CPython.
builtins = globals()['__builtins__']
print('ESCAPED', builtins.__import__('os').getcwd())
