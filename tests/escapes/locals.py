# expect: builtin locals
# At module level locals() is globals(), with __builtins__.
builtins = locals()['__builtins__']
print('ESCAPED', builtins.__import__('os').getcwd())
