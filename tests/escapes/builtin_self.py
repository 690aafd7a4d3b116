# expect: dunder __self__
# A builtin function's __self__ is the builtins module.
builtins = print.__self__
print('ESCAPED', builtins.__import__('os').getcwd())
