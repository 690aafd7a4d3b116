# expect: dunder __code__
# Code objects carry bytecode and constants and can be turned into new functions.
code = (lambda: 0).__code__
print('ESCAPED', code.co_code)
