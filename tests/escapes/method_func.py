# expect: dunder __func__
# A bound method's __func__ is the plain function, with its globals.
class C:
    def m(self):
        pass


func = C().m.__func__
print('ESCAPED', func.__globals__['__builtins__'])
