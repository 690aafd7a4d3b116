# expect: dunder __globals__
# A class pattern's keyword reads the attribute it names: `case F(__globals__=g)` is
# `f.__globals__`, and the checker sees it as that attribute access.
def f():
    pass
match f:
    case object(__globals__=g):
        print('ESCAPED', g['__builtins__'])
