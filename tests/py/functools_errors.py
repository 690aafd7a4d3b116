# functools argument errors and edge behaviour: reduce, partial, lru_cache/cache,
# cmp_to_key, total_ordering, wraps/update_wrapper, singledispatch, cached_property.
import functools
from functools import reduce, partial, lru_cache, cache, cmp_to_key, total_ordering, wraps


def add(a, b):
    return a + b


cases = [
    lambda: reduce(add),
    lambda: reduce(add, [], 0, 1),
    lambda: reduce(add, []),
    lambda: reduce(add, 5),
    lambda: reduce(add, [1], initial=0),
    lambda: reduce(None, [1, 2]),
    lambda: partial(),
    lambda: partial(5),
    lambda: partial(add, 1)(2, 3),
    lambda: partial(func=add),
    lambda: lru_cache(maxsize='x'),
    lambda: lru_cache(5, 6, 7),
    lambda: lru_cache(add, typed=1),
    lambda: cache(),
    lambda: cache(add)([]),
    lambda: lru_cache()(add)({}, 1),
    lambda: cmp_to_key(),
    lambda: sorted([3, 1], key=cmp_to_key(None)),
    lambda: hash(cmp_to_key(lambda a, b: 0)(1)),
    lambda: total_ordering(type('NoOrder', (), {})),
    lambda: wraps(add)(5),
    lambda: functools.update_wrapper(5, add),
    lambda: functools.singledispatch(add).register(5, add),
    lambda: functools.singledispatch(add)(),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)

p = partial(add, 1)
pp = partial(p, 2)
print(pp(), pp.func is add, pp.args, pp.keywords, partial(add, b=2)(a=5), partial(add, b=2)(1, b=5))
print(p.func.__name__, isinstance(p, partial), callable(p), type(p).__name__)
print(reduce(add, [1, 2, 3]), reduce(add, [], 'init'), reduce(add, 'abc', '>'), reduce(lambda a, b: a * b, range(1, 6)))

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print([square(x) for x in [1, 2, 1, 3, 1, 2]], calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters(), square.__name__)


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), lru_cache(maxsize=0)(add)(1, 2), lru_cache(maxsize=-5)(add).cache_parameters())


@cache
def kw(a, b=1, **rest):
    return (a, b, sorted(rest.items()))


print(kw(1), kw(1, b=1), kw(1, 1), kw(a=1), kw(1, c=3), kw.cache_info())


def compare(a, b):
    return (a > b) - (a < b)


key = cmp_to_key(compare)
print(sorted([3, 1, 2], key=key), key(1) < key(2), key(2) <= key(2), key(1) == key(1), key(3) > key(2), key(3) >= key(4))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))), max([1, 5, 3], key=key))


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Version) and self.n == other.n

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n > other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a >= b, b >= a, a <= Version(1), sorted([b, a])[0].n)
try:
    a < 5
except TypeError as e:
    print('TypeError', e)


def outer(f):
    @wraps(f)
    def inner(*args):
        return f(*args)
    return inner


@outer
def documented(x):
    "Doc string."
    return x


print(documented.__name__, documented.__doc__, documented.__qualname__, documented(4))

for bad in [lambda: key(1) < 5, lambda: key(1, 2), lambda: cmp_to_key(compare, compare), lambda: cmp_to_key(cmp=compare),
            lambda: type(key(1)).__name__, lambda: cmp_to_key(mycmp=compare)(2).obj]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


@functools.singledispatch
def describe(x):
    return 'object'


@describe.register(int)
def _(x):
    return 'int'


@describe.register(list)
def _(x):
    return 'list'


def for_str(x):
    return 'str'


describe.register(str, for_str)
print(describe(1), describe(True), describe([]), describe('s'), describe(2.5), describe.dispatch(bool).__name__)
try:
    describe.register(lambda x: x)
except TypeError as e:
    print('TypeError', str(e).split(':')[0])

