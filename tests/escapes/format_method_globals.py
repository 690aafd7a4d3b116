# expect: dunder __globals__
# Attribute and item fields chained in one format string reach the real builtins.
class C:
    def __init__(self):
        pass


text = '{0.__init__.__globals__[__builtins__]}'.format(C())
print('ESCAPED', text)
