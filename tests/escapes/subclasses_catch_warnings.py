# expect: dunder __bases__
# The full published exploit: warnings.catch_warnings keeps a module whose globals hold
# the real builtins, and from there __import__.
for cls in ().__class__.__bases__[0].__subclasses__():
    if cls.__name__ == 'catch_warnings':
        builtins = cls()._module.__builtins__
        os = builtins['__import__']('os')
        print('ESCAPED', os.getcwd())
