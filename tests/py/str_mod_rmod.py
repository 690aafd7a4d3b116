# str % x and bytes % x format x even when its class defines __rmod__; only a str
# subclass's __rmod__ is tried first, and a number's % falls back to __rmod__.
class S(str):
    def __rmod__(self, other):
        return 'S.rmod'


class X:
    def __rmod__(self, other):
        return 'X.rmod'

    def __str__(self):
        return 'X!'


print('%s' % S('a'), '%s' % X(), 5 % X())
try:
    print(b'%s' % X())
except TypeError as e:
    print('TypeError', e)
print('%(a)s' % {'a': X()}, '%d%%' % 5)
