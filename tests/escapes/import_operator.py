# expect: import operator
# operator.attrgetter reads attributes by a computed name.
import operator


def f():
    pass


print('ESCAPED', operator.attrgetter('__globals__')(f)['__builtins__'])
