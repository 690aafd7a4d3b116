# expect: dunder __globals__
# A function's globals hold __builtins__, the real builtins module in CPython.
def f():
    pass


builtins = f.__globals__['__builtins__']
print('ESCAPED', builtins.__import__('os').getcwd())
