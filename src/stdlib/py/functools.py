
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_NO_INITIAL = object()


def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, iterable = args[0], args[1]
    initial = args[2] if len(args) == 3 else _NO_INITIAL
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _NO_INITIAL:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def _make_update_wrapper(check_name):
    # The policy check is a closure cell and the trusted names are literals, so user
    # code cannot swap either by assigning to this module's attributes.
    def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
        # This code is trusted: names the caller chose are checked against the policy
        # first, so update_wrapper never reads a dunder user code may not read.
        for name in assigned:
            if name not in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'):
                check_name(name, False)
            try:
                value = getattr(wrapped, name)
            except AttributeError:
                continue
            setattr(wrapper, name, value)
        for name in updated:
            # The default '__dict__' is skipped quietly where the policy blocks it.
            if not check_name(name, name == '__dict__'):
                continue
            try:
                source = getattr(wrapped, name)
                target = getattr(wrapper, name)
            except AttributeError:
                continue
            target.update(source)
        wrapper.__wrapped__ = wrapped
        return wrapper

    return update_wrapper


update_wrapper = _make_update_wrapper(_check_attribute_name)
del _make_update_wrapper, _check_attribute_name


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial:
    __slots__ = ('func', 'args', 'keywords')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        cls = type(self)
        name = cls.__qualname__
        if cls is partial:
            name = 'functools.partial'
        return '%s(%s)' % (name, ', '.join(parts))


class CacheInfo(tuple):
    # CPython's is namedtuple('CacheInfo', 'hits misses maxsize currsize'); this module
    # cannot import collections (the policy may withhold it), so it is spelled out.
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = self._asdict()
        for name in changes:
            if name not in values:
                raise ValueError('Got unexpected field names: %r' % list(changes))
        values.update(changes)
        return type(self)(*values.values())

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_CacheInfo = CacheInfo
del CacheInfo


_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwds)
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if key not in cache:
            if maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    return _lru_wrapper(user_function, None, False)


class KeyWrapper:
    # What cmp_to_key returns: called with an object it wraps it, and wrapped objects
    # compare through the user's cmp function (one C type in CPython, so one class).
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_NO_INITIAL):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            raise TypeError('K() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
        return KeyWrapper(self.cmp, args[0])

    def _cmp(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __gt__(self, other):
        return self._cmp(other) > 0

    def __eq__(self, other):
        return self._cmp(other) == 0

    def __le__(self, other):
        return self._cmp(other) <= 0

    def __ge__(self, other):
        return self._cmp(other) >= 0

    __hash__ = None


def cmp_to_key(*args, **kwargs):
    if len(args) + len(kwargs) > 1:
        raise TypeError('cmp_to_key() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
    if not args and 'mycmp' not in kwargs:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    return KeyWrapper(args[0] if args else kwargs['mycmp'])


def _derived(root, target):
    # Each derived comparison is written in terms of the root operation and ==.
    def call_root(self, other):
        return getattr(type(self), root)(self, other)

    table = {
        ('__lt__', '__gt__'): lambda r, eq: not r and not eq(),
        ('__lt__', '__le__'): lambda r, eq: r or eq(),
        ('__lt__', '__ge__'): lambda r, eq: not r,
        ('__le__', '__ge__'): lambda r, eq: not r or eq(),
        ('__le__', '__lt__'): lambda r, eq: r and not eq(),
        ('__le__', '__gt__'): lambda r, eq: not r,
        ('__gt__', '__lt__'): lambda r, eq: not r and not eq(),
        ('__gt__', '__ge__'): lambda r, eq: r or eq(),
        ('__gt__', '__le__'): lambda r, eq: not r,
        ('__ge__', '__le__'): lambda r, eq: not r or eq(),
        ('__ge__', '__gt__'): lambda r, eq: r and not eq(),
        ('__ge__', '__lt__'): lambda r, eq: not r,
    }
    combine = table[(root, target)]

    def method(self, other):
        r = call_root(self, other)
        if r is NotImplemented:
            return r
        return combine(r, lambda: self == other)

    method.__name__ = target
    return method


def total_ordering(cls):
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if getattr(cls, op, None) is not None]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if op not in roots:
            setattr(cls, op, _derived(root, op))
    return cls


class _SingleDispatch:
    def __init__(self, func):
        self.registry = {object: func}
        self._default = func

    def dispatch(self, cls):
        for klass in cls.__mro__:
            if klass in self.registry:
                return self.registry[klass]
        return self._default

    def register(self, cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: self.register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not a class or union type.' % (cls,))
            annotations = getattr(cls, '__annotations__', None) or {}
            if not annotations:
                raise TypeError('Invalid first argument to `register()`: %r. Use either `@register(some_class)` or plain `@register` on an annotated function.' % (cls,))
            # Plain @register: the class is the first parameter's annotation.
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.' % (argname, cls))
        self.registry[cls] = func
        return func


def singledispatch(func):
    dispatcher = _SingleDispatch(func)
    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(name + ' requires at least 1 positional argument')
        return dispatcher.dispatch(type(args[0]))(*args, **kw)

    wrapper.register = dispatcher.register
    wrapper.dispatch = dispatcher.dispatch
    wrapper.registry = dispatcher.registry
    update_wrapper(wrapper, func)
    return wrapper


def cached_property(func):
    # A property that computes once per instance and keeps the value in a private
    # attribute; assigning sets the cached value and deleting forgets it, as with
    # CPython's cached_property.
    slot = '_cached_property_' + getattr(func, '__name__', 'value')
    missing = object()

    def get(self):
        value = getattr(self, slot, missing)
        if value is missing:
            value = func(self)
            setattr(self, slot, value)
        return value

    def set_(self, value):
        setattr(self, slot, value)

    def delete(self):
        try:
            delattr(self, slot)
        except AttributeError:
            raise AttributeError(getattr(func, '__name__', 'value')) from None

    return property(get, set_, delete, getattr(func, '__doc__', None))


def partialmethod(func, /, *args, **keywords):
    # Sandpit has no descriptor protocol for user objects, so the method is a plain
    # function: it binds `self` like any method and forwards the frozen arguments.
    if not callable(func):
        raise TypeError('%r is not callable or a descriptor' % (func,))

    def method(self, /, *more, **extra):
        return func(self, *args, *more, **{**keywords, **extra})

    method.func = func
    method.args = args
    method.keywords = keywords
    return method
