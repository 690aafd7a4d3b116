import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper


@deco
def double_me(x):
    """Doubles."""
    return x


print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__qualname__, double_me.__module__)


class Holder:
    def method(self):
        """m doc"""
        return 1


def plain():
    return 5


functools.update_wrapper(plain, Holder.method)
print(plain.__name__, plain.__qualname__, plain.__doc__, plain())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def compare_len(a, b):
    return len(a) - len(b)


print(sorted(['ccc', 'a', 'bb', 'dddd', ''], key=functools.cmp_to_key(compare_len)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1))
print(min(['bb', 'a', 'ccc'], key=functools.cmp_to_key(compare_len)))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= b, b <= b, a <= a, b > a)
print(sorted([Version(3), Version(1), Version(2)], key=lambda v: v.n)[0].n)
print(max([Version(3), Version(5), Version(2)]).n)
try:
    a <= 5
except TypeError as e:
    print('TypeError', e)


@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


x, y = Rev(1), Rev(2)
print(x < y, x <= y, x > y, x >= y, y > x)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


@functools.singledispatch
def show(arg):
    return 'object ' + repr(arg)


@show.register(int)
def _(arg):
    return 'int %d' % arg


@show.register(list)
def _(arg):
    return 'list of %d' % len(arg)


def show_str(arg):
    return 'str ' + arg


show.register(str, show_str)
print(show(1), show(True), show([1, 2]), show('s'), show(1.5))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.dispatch(object))
