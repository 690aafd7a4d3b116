# expect: dunder __globals__
# A decorator receives the function object before anything else can see it.
def grab(f):
    print('ESCAPED', f.__globals__['__builtins__'])
    return f


@grab
def g():
    pass
