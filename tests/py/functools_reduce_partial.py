import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(lambda a, b: a + b, [], 'init'))
print(functools.reduce(lambda a, b: a + b, ['only']))
print(functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError', e)


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = functools.partial(f, 1)
print(p(2), p(2, 5), p(2, d=9))
print(p.func is f, p.args, p.keywords)
q = functools.partial(p, 2, d=7)
print(q(), q.func is f, q.args, q.keywords)
r = functools.partial(f, d=1)
print(r(1, 2), r(1, 2, d=3), r.keywords)
print(repr(functools.partial(max, 1, key=abs)).startswith('functools.partial(<built-in function max>, 1, key='))
print(functools.partial(int, base=2)('101'))
try:
    functools.partial(5)
except TypeError as e:
    print('TypeError', e)
print(callable(p))
print(sorted(['b', 'A', 'c'], key=functools.partial(str.lower)))
for args, kw in [((lambda a, b: a, [], 0), {'x': 1}), ((lambda a, b: a,), {}), ((lambda a, b: a, 1), {}), ((1, 2, 3, 4), {})]:
    try:
        functools.reduce(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
print(functools.reduce(lambda a, b: a + b, [1, 2], None) if False else functools.reduce(lambda a, b: (a, b), [1, 2], None))
