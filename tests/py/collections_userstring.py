# collections.UserString: a str wrapper over .data whose string-returning methods give
# the caller's class back, operators with str and UserString operands, and subclassing.
from collections import UserString


class Upper(UserString):
    def shout(self):
        return self.upper() + '!'


u = UserString('Hello, World')
print(u, repr(u), len(u), u[0], u[-5:], type(u[1:3]).__name__, 'World' in u, UserString('lo') in u)
print(u.lower(), u.upper(), u.swapcase(), u.title(), u.casefold(), u.center(16, '*'), u.zfill(15))
print(u.split(', '), u.partition(','), u.rsplit('o', 1), u.splitlines(), u.startswith('He'), u.endswith(('d', 'x')))
print(u.find('o'), u.rfind('o'), u.index('W'), u.rindex('o'), u.count('l'), u.count(UserString('l'), 5))
print(u.replace('l', 'L', 2), u.replace(UserString('World'), 'There'), u.removeprefix('Hello'), u.removesuffix(UserString('World')))
print(u.strip('Hd'), u.lstrip('H'), u.rstrip('d'), u.ljust(14, '.'), u.rjust(14), u.expandtabs(), u.encode())
print(u.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit(), UserString(' ').isspace(), UserString('Ab').istitle())
print(u + '!', '>' + u, u + UserString('?'), u + 5, u * 2, 2 * UserString('ab'))
print(UserString('%s-%d') % ('a', 3), '%s|' % UserString('x'), UserString('{}+{}').format(1, 2), UserString('{a}').format_map({'a': 9}))
print(u == 'Hello, World', u == UserString('Hello, World'), u < 'Z', u > UserString('A'), u <= u, u >= 'Hello', hash(u) == hash('Hello, World'))
print(UserString(42), UserString(UserString('copy')), int(UserString('17')) + 1, float(UserString('2.5')), str(u), ','.join(map(str, UserString('abc'))))
x = Upper('hey')
print(x.shout(), type(x.shout()).__name__, type(x.strip()).__name__, type(x + 'a').__name__, type(x[0]).__name__, type(x * 2).__name__)
print(u.translate(str.maketrans('lo', '01')), UserString.maketrans('a', 'b'), sorted([UserString('b'), UserString('a')]), list(UserString('ab')))
for bad in [lambda: u.index('zz'), lambda: u.rindex('q'), lambda: u.index(UserString('o')), lambda: u.startswith(UserString('H')), lambda: UserString('x') * 'y', lambda: int(u)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
