# expect: dunder __builtins__
# Python 3.10+ functions expose their builtins directly.
def f():
    pass


print('ESCAPED', f.__builtins__['__import__']('os').getcwd())
