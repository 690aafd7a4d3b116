# expect: dunder __globals__
# string.Formatter resolves a format string's field names itself: stdlib code reading an
# attribute whose name the caller wrote.
import string


def f():
    pass


text = string.Formatter().format('{0.__globals__[__builtins__]}', f)
print('ESCAPED', text[:40])
