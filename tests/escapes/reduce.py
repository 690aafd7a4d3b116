# expect: dunder __reduce__
# The protocol-0 reduction hands out copyreg._reconstructor.
reconstructor = object().__reduce__()[0]
print('ESCAPED', reconstructor.__globals__['__builtins__'])
