# lru_cache statistics: CacheInfo behaves as the namedtuple it is in CPython; typed
# caches, keyword arguments, cache_clear, and a non-callable to decorate.
import functools
@functools.lru_cache(maxsize=10)
def f(x): return x
f(1); f(1); f(2)
ci = f.cache_info()
print(ci, type(ci).__name__, ci.hits, ci[1], tuple(ci), ci == (1, 2, 10, 2), ci._fields, ci._asdict())
hits, misses, maxsize, currsize = ci
print(hits + misses, isinstance(ci, tuple), ci._replace(hits=0))
print(f.__name__, f.__qualname__, f.cache_parameters())
@functools.lru_cache(maxsize=2, typed=True)
def g(a, *, b=1): return a + b
print(g(1), g(1.0), g(1, b=2), g.cache_info())
g.cache_clear()
print(g.cache_info())
try:
    functools.lru_cache(maxsize=1)(5)
except TypeError as e:
    print('TypeError', e)
