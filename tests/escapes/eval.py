# expect: builtin eval
# eval runs arbitrary source with the real import machinery.
print('ESCAPED', eval("__import__('os').getcwd()"))
