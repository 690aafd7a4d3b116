# expect: dunder __reduce_ex__
# super() reaches object's own methods even when the class hides them; __reduce_ex__
# hands out copyreg.__newobj__, whose globals hold the real builtins.
class C:
    def __reduce_ex__(self, protocol):
        raise TypeError('not picklable')

    def leak(self):
        return super().__reduce_ex__(2)[0]


print('ESCAPED', C().leak().__globals__['__builtins__'])
