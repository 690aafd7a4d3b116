# expect: builtin __import__
# The import function called directly, with a computed module name.
os = __import__('o' + 's')
print('ESCAPED', os.getcwd())
