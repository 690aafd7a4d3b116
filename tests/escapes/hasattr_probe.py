# expect: dunder __globals__
# hasattr swallows the AttributeError; the probe must still be reported.
def f():
    pass


if hasattr(f, '__glo' + 'bals__'):
    print('ESCAPED')
