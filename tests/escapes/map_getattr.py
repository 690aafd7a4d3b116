# expect: dunder __globals__
# getattr called by a builtin (map) rather than by Python code.
def f():
    pass


found = list(map(getattr, [f], ['__globals__']))
print('ESCAPED', '__builtins__' in found[0])
