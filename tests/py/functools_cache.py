import functools

calls = []


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.cache_parameters())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info())


@functools.lru_cache(maxsize=None)
def ident(*args, **kw):
    return (args, sorted(kw.items()))


print(ident(1, a=2), ident(1, a=2), ident.cache_info())


@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@functools.lru_cache()
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
try:
    functools.lru_cache('x')
except TypeError as e:
    print('TypeError', e)


@functools.lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg(1), neg.cache_info())
