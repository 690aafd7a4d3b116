
_MISSING = object()


def _keywords(name, args, kwargs, names, required, kwonly=()):
    # CPython's itertools are C functions with keyword-capable parameters: this binds
    # `args`/`kwargs` to `names` (+ keyword-only `kwonly`) with the errors of CPython's
    # argument parser; parameters not given are _MISSING.
    total = len(args) + len(kwargs)
    most = len(names) + len(kwonly)
    if len(args) > len(names):
        what = 'positional argument' if kwonly else 'argument'
        raise TypeError('%s() takes at most %d %s%s (%d given)'
                        % (name, len(names), what, '' if len(names) == 1 else 's', total))
    if total > most:
        what = 'argument' if args else 'keyword argument'
        raise TypeError('%s() takes at most %d %ss (%d given)' % (name, most, what, total))
    values = list(args) + [_MISSING] * (len(names) - len(args))
    extra = dict(kwargs)
    for i in range(len(args), len(names)):
        values[i] = extra.pop(names[i], _MISSING)
        if values[i] is _MISSING and i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
    for i in range(len(args)):
        if names[i] in extra:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, names[i], i + 1))
    values += [extra.pop(k, _MISSING) for k in kwonly]
    for k in extra:
        raise TypeError('%r is an invalid keyword argument for %s()' % (k, name))
    return values


def _positional(name, args, kwargs, least, most, qualified=None):
    # The positional-only C functions: no keywords, `least` to `most` arguments (a
    # few name themselves `qualified` in the keyword error).
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % (qualified or name))
    n = len(args)
    if least == most and n != least:
        raise TypeError('%s expected %d argument%s, got %d' % (name, least, '' if least == 1 else 's', n))
    if n < least:
        raise TypeError('%s expected at least %d argument%s, got %d' % (name, least, '' if least == 1 else 's', n))
    if n > most:
        raise TypeError('%s expected at most %d arguments, got %d' % (name, most, n))
    return list(args) + [_MISSING] * (most - n)


class _Iterator:
    # CPython's itertools are iterator types: each one here is a class whose instances
    # step a private generator, so type(), repr() and isinstance() show the type.
    __slots__ = ('_steps',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)


def _iterator(cls, steps):
    self = object.__new__(cls)
    self._steps = steps
    return self


class count:
    def __init__(self, *args, **kwargs):
        start, step = _keywords('count', args, kwargs, ('start', 'step'), 0)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    def __init__(self, *args, **kwargs):
        obj, times = _keywords('repeat', args, kwargs, ('object', 'times'), 1)
        self._obj = obj
        if times is _MISSING:
            times = None
        else:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        return 0 if self._times is None else self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _index(v):
    if isinstance(v, int):
        return int(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


class cycle(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        (iterable,) = _positional('cycle', args, kwargs, 1, 1)
        return _iterator(cls, _cycle(iter(iterable)))


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def _add(a, b):
    return a + b


class accumulate(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _keywords('accumulate', args, kwargs, ('iterable', 'func'), 1, ('initial',))
        func = None if func is _MISSING else func
        initial = None if initial is _MISSING else initial
        return _iterator(cls, _accumulate(iter(iterable), func, initial))


def _accumulate(it, func, initial):
    if func is None:
        func = _add
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


class chain:
    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        if kwargs:
            raise TypeError('chain.from_iterable() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('chain.from_iterable() takes exactly one argument (%d given)' % len(args))
        iterable = args[0]
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        data, selectors = _keywords('compress', args, kwargs, ('data', 'selectors'), 2)
        return _iterator(cls, _compress(iter(data), iter(selectors)))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class dropwhile(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2, 2)
        return _iterator(cls, _dropwhile(predicate, iter(iterable)))


def _dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class takewhile(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2, 2)
        return _iterator(cls, _takewhile(predicate, iter(iterable)))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


class filterfalse(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('filterfalse', args, kwargs, 2, 2)
        return _iterator(cls, _filterfalse(predicate, iter(iterable)))


def _filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    def __init__(self, *args, **kwargs):
        iterable, key = _keywords('groupby', args, kwargs, ('iterable', 'key'), 1)
        key = None if key is _MISSING else key
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MARK
        self._id = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._id = object()
        while self._currkey is _MARK or (self._tgtkey is not _MARK and self._currkey == self._tgtkey):
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _iterator(_grouper, _grouper_steps(self, self._id)))


_MARK = object()


class _grouper(_Iterator):
    __slots__ = ()


def _grouper_steps(parent, ident):
    while parent._id is ident:
        if parent._currkey is _MARK:
            try:
                parent._step()
            except StopIteration:
                return
        if parent._currkey != parent._tgtkey:
            return
        value = parent._currvalue
        parent._currkey = _MARK
        yield value


def _islice_arg(v, what):
    if v is None:
        return None
    if isinstance(v, int):
        return int(v)
    raise ValueError(what)


class islice(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _positional('islice', args, kwargs, 2, 4)
        iterable, args = args[0], args[1:]
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        idx_msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        stop = _islice_arg(stop, stop_msg)
        start = _islice_arg(start, idx_msg)
        step = _islice_arg(step, 'Step for islice() must be a positive integer or None.')
        if start is None:
            start = 0
        if step is None:
            step = 1
        if stop is not None and stop < 0:
            raise ValueError(stop_msg)
        if start < 0:
            raise ValueError(idx_msg)
        if step <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        return _iterator(cls, _islice_gen(iter(iterable), start, stop, step))


def _islice_gen(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and stop <= start:
        for _ in range(stop):
            try:
                next(it)
            except StopIteration:
                return
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                # consume up to stop like CPython
                i += 1
                while i < stop:
                    try:
                        next(it)
                    except StopIteration:
                        return
                    i += 1
                return
        i += 1


class starmap(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2, 2)
        return _iterator(cls, _starmap(function, iter(iterable)))


def _starmap(function, iterable):
    for args in iterable:
        # CPython makes each item a tuple first (its error, not the call's).
        yield function(*tuple(args))


class zip_longest(_Iterator):
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        fillvalue = kwargs.pop('fillvalue', None)
        if kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        return _iterator(cls, _zip_longest([iter(it) for it in iterables], fillvalue))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.base = 0
        self.positions = []


def _tee_gen(data, slot):
    while True:
        pos = data.positions[slot]
        offset = pos - data.base
        if offset < len(data.buffer):
            value = data.buffer[offset]
        else:
            try:
                value = next(data.it)
            except StopIteration:
                return
            data.buffer.append(value)
        data.positions[slot] = pos + 1
        # Items every copy has read are dropped in batches, so the buffer only
        # holds the gap between the slowest and the fastest copy.
        drop = min(data.positions) - data.base
        if drop >= 32 and drop * 2 >= len(data.buffer):
            data.buffer = data.buffer[drop:]
            data.base += drop
        yield value


def tee(*args, **kwargs):
    iterable, n = _positional('tee', args, kwargs, 1, 2, 'itertools.tee')
    n = 2 if n is _MISSING else _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    data = _TeeData(iter(iterable))
    data.positions = [0] * n
    return tuple(_iterator(_tee, _tee_gen(data, i)) for i in range(n))


class _tee(_Iterator):
    __slots__ = ()


def _repeat_arg(repeat):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    return repeat


class product(_Iterator):
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        (repeat,) = _keywords('product', (), kwargs, (), 0, ('repeat',))
        repeat = 1 if repeat is _MISSING else repeat
        pools = [tuple(pool) for pool in iterables] * _repeat_arg(repeat)
        return _iterator(cls, _product_gen(pools))


def _product_gen(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[j][indices[j]] for j in range(n))


def _r_arg(r, n):
    if r is None and n is not None:
        return n
    if n is not None and not isinstance(r, int):
        raise TypeError('Expected int as r')
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _keywords('permutations', args, kwargs, ('iterable', 'r'), 1)
        r = None if r is _MISSING else r
        pool = tuple(iterable)
        n = len(pool)
        r = _r_arg(r, n)
        return _iterator(cls, _permutations_gen(pool, n, r))


def _permutations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    used = [True] * r + [False] * (n - r)
    yield tuple(pool[k] for k in indices)
    while True:
        i = r - 1
        while i >= 0:
            used[indices[i]] = False
            j = indices[i] + 1
            while j < n and used[j]:
                j += 1
            if j < n:
                indices[i] = j
                used[j] = True
                k = 0
                for p in range(i + 1, r):
                    while used[k]:
                        k += 1
                    indices[p] = k
                    used[k] = True
                break
            i -= 1
        if i < 0:
            return
        yield tuple(pool[k] for k in indices)


class combinations(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _keywords('combinations', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _r_arg(r, None)
        return _iterator(cls, _combinations_gen(pool, r))


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


class combinations_with_replacement(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _keywords('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _r_arg(r, None)
        return _iterator(cls, _cwr_gen(pool, r))


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[k] for k in indices)


class pairwise(_Iterator):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        (iterable,) = _positional('pairwise', args, kwargs, 1, 1)
        return _iterator(cls, _pairwise(iter(iterable)))


def _pairwise(iterable):
    it = iter(iterable)
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b
