# expect: error NameError
# CPython's __main__ has __loader__, whose methods' globals hold os.
os = __loader__.__init__.__globals__['_os']
print('ESCAPED', os.getcwd())
