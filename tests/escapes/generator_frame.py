# expect: error AttributeError
# In CPython gi_frame walks to the caller's frames; Sandpit generators have none.
def gen():
    yield 1


g = gen()
print('ESCAPED', g.gi_frame.f_globals['__builtins__'])
