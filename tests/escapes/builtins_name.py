# expect: error NameError
# CPython puts the builtins module in every module's globals as __builtins__.
print('ESCAPED', __builtins__.__import__('os').getcwd())
