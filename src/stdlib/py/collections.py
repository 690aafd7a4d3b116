
def _as_index(n):
    """`n` as an int via __index__, with CPython's error for anything else (range()
    raises exactly that error)."""
    return n if type(n) is int else range(n).stop


def _type_name(obj):
    return type(obj).__name__


_REPRS_RUNNING = set()


def _guarded_repr(obj, render, placeholder):
    # A container that holds itself shows `placeholder` instead of recursing.
    key = id(obj)
    if key in _REPRS_RUNNING:
        return placeholder
    _REPRS_RUNNING.add(key)
    try:
        return render()
    finally:
        _REPRS_RUNNING.discard(key)


class deque:
    # Two stacks: the front half reversed in _front (its last item is the deque's
    # first) and the back half in order in _back, so both ends are amortised O(1).
    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __init__(self, *args, **kwargs):
        # A C type in CPython: its argument errors name deque().
        if len(args) + len(kwargs) > 2:
            raise TypeError('deque() takes at most 2 arguments (%d given)' % (len(args) + len(kwargs)))
        for name in kwargs:
            if name not in ('iterable', 'maxlen'):
                raise TypeError('%r is an invalid keyword argument for deque()' % (name,))
        iterable = args[0] if args else kwargs.get('iterable', ())
        maxlen = args[1] if len(args) > 1 else kwargs.get('maxlen')
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._front = []
        self._back = []
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    def _maxlen_readonly(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    maxlen = property(lambda self: self._maxlen, _maxlen_readonly)

    def __len__(self):
        return len(self._front) + len(self._back)

    def _items(self):
        items = self._front[::-1]
        items.extend(self._back)
        return items

    def _set_items(self, items):
        self._front = []
        self._back = items
        self._state += 1

    # When one end runs dry it takes the nearer half of the other: each item moves
    # O(1) times on average. Slices are copied rather than deleted in place.
    def _refill_back(self):
        front = self._front
        k = (len(front) + 1) // 2
        moved = front[:k]
        moved.reverse()
        self._front = front[k:]
        self._back = moved

    def _refill_front(self):
        back = self._back
        k = (len(back) + 1) // 2
        moved = back[:k]
        moved.reverse()
        self._back = back[k:]
        self._front = moved

    def append(self, x):
        self._state += 1
        self._back.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._state += 1
        self._front.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        if not self._back:
            if not self._front:
                raise IndexError('pop from an empty deque')
            self._refill_back()
        self._state += 1
        return self._back.pop()

    def popleft(self):
        if not self._front:
            if not self._back:
                raise IndexError('pop from an empty deque')
            self._refill_front()
        self._state += 1
        return self._front.pop()

    def _extend_side(self, iterable, at_back):
        items = self._items() if iterable is self else iterable
        self._state += 1
        limit = self._maxlen
        side = self._back if at_back else self._front
        if limit is None:
            side.extend(items)
            return
        # Bounded: evict in batches while consuming, so deque(it, maxlen=n) holds
        # O(n) items however long `it` is.
        for x in items:
            side.append(x)
            if len(side) > 2 * limit + 64:
                side = side[len(side) - limit:]
                if at_back:
                    self._front, self._back = [], side
                else:
                    self._front, self._back = side, []
        excess = len(self) - limit
        if excess > 0:
            kept = self._items()
            self._set_items(kept[excess:] if at_back else kept[:len(kept) - excess])

    def extend(self, iterable):
        self._extend_side(iterable, True)

    def extendleft(self, iterable):
        self._extend_side(iterable, False)

    def clear(self):
        self._front = []
        self._back = []
        self._state += 1

    def copy(self):
        return type(self)(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for item in self._items():
            if item is x or item == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        items = self._items()
        if stop is None:
            stop = len(items)
        for i in range(len(items))[start:stop]:
            if items[i] is x or items[i] == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        items = self._items()
        for i, item in enumerate(items):
            if item is value or item == value:
                del items[i]
                self._set_items(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        self._front, self._back = self._back, self._front
        self._state += 1

    def rotate(self, n=1):
        n = _as_index(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._set_items(items[size - n:] + items[:size - n])

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % _type_name(i))
        size = len(self)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        nfront = len(self._front)
        if i < nfront:
            return self._front, nfront - 1 - i
        return self._back, i - nfront

    def __getitem__(self, i):
        side, j = self._position(i)
        return side[j]

    def __setitem__(self, i, x):
        side, j = self._position(i)
        side[j] = x

    def __delitem__(self, i):
        side, j = self._position(i)
        del side[j]
        self._state += 1

    def __contains__(self, x):
        for item in self._front:
            if item is x or item == x:
                return True
        for item in self._back:
            if item is x or item == x:
                return True
        return False

    def _walk(self, items):
        state = self._state
        for item in items:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield item
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __iter__(self):
        return self._walk(self._items())

    def __reversed__(self):
        items = self._items()
        items.reverse()
        return self._walk(items)

    def __repr__(self):
        return _guarded_repr(self, self._render, '[...]')

    def _render(self):
        body = repr(self._items())
        if self._maxlen is None:
            return '%s(%s)' % (_type_name(self), body)
        return '%s(%s, maxlen=%d)' % (_type_name(self), body, self._maxlen)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % _type_name(other))
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _type_name(n))
        items = self._items()
        if n <= 0 or not items:
            self.clear()
            return self
        if self._maxlen is not None:
            # Only the last maxlen items survive: build no more copies than that.
            n = min(n, self._maxlen // len(items) + 1)
        result = items * n
        if self._maxlen is not None and len(result) > self._maxlen:
            result = result[len(result) - self._maxlen:]
        self._set_items(result)
        return self


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        return '%s(%s, %s)' % (_type_name(self), repr(factory), dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        dict.update(result, other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        dict.update(result, self)
        return result


def _odict_steps(iterator):
    # Steps a dict iterator, reporting a change under the OrderedDict's own wording.
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        except RuntimeError:
            raise RuntimeError('OrderedDict mutated during iteration') from None
        yield item


class _OrderedView:
    # OrderedDict's keys()/values()/items(): the dict's own view under CPython's
    # odict_* names; set operations and comparisons go to the underlying view.
    def __init__(self, kind, view):
        self._kind = kind
        self._view = view

    def __iter__(self):
        return _odict_steps(iter(self._view))

    def __reversed__(self):
        items = list(self._view)
        items.reverse()
        return iter(items)

    def __len__(self):
        return len(self._view)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return 'odict_%s(%r)' % (self._kind, list(self._view))

    def __eq__(self, other):
        if isinstance(other, _OrderedView):
            other = other._view
        return self._view == other

    def __ne__(self, other):
        return not self == other

    def _operand(self, other):
        return other._view if isinstance(other, _OrderedView) else other

    def __and__(self, other):
        return self._view & self._operand(other)

    def __or__(self, other):
        return self._view | self._operand(other)

    def __sub__(self, other):
        return self._view - self._operand(other)

    def __xor__(self, other):
        return self._view ^ self._operand(other)

    def isdisjoint(self, other):
        return self._view.isdisjoint(other)


_NO_KEY = object()


class OrderedDict(dict):
    def keys(self):
        return _OrderedView('keys', dict.keys(self))

    def values(self):
        return _OrderedView('values', dict.values(self))

    def items(self):
        return _OrderedView('items', dict.items(self))

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        dict.__init__(self)
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        # MutableMapping.update: pairs are unpacked one by one, with its errors.
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)' % len(args))
        if args:
            other = args[0]
            if isinstance(other, dict) or hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for pair in other:
                    pair = list(pair)
                    if len(pair) != 2:
                        if len(pair) > 2:
                            raise ValueError('too many values to unpack (expected 2)')
                        raise ValueError('need more than %d value%s to unpack'
                                         % (len(pair), '' if len(pair) == 1 else 's'))
                    self[pair[0]] = pair[1]
        for key, value in kwargs.items():
            self[key] = value

    def move_to_end(self, key=_NO_KEY, last=True):
        if key is _NO_KEY:
            raise TypeError("move_to_end() missing required argument 'key' (pos 1)")
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return (key, dict.pop(self, key))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __iter__(self):
        return _odict_steps(dict.__iter__(self))

    def __reversed__(self):
        keys = list(dict.keys(self))
        keys.reverse()
        return iter(keys)

    def __repr__(self):
        if not self:
            return '%s()' % _type_name(self)
        return _guarded_repr(self, self._render, '...')

    def _render(self):
        return '%s(%r)' % (_type_name(self), list(dict.items(self)))

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        # As heapq.nlargest: `n >= size` is compared first (so a bad n fails there).
        if n >= len(ordered):
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _merge(self, iterable, kwds, sign):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self[elem] + sign * iterable[elem]
            else:
                _count_elements(self, iterable, sign)
        if kwds:
            self._merge(kwds, None, sign)

    def update(self, iterable=None, /, **kwds):
        self._merge(iterable, kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._merge(iterable, kwds, -1)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % _type_name(self)
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that do not order among themselves are shown as stored.
            shown = dict(self)
        return '%s(%r)' % (_type_name(self), shown)

    def _pairs(self, other):
        if not isinstance(other, Counter):
            return None
        keys = list(self.keys())
        for elem in other.keys():
            if elem not in self:
                keys.append(elem)
        return keys

    def _all(self, other, test):
        keys = self._pairs(other)
        if keys is None:
            return NotImplemented
        for elem in keys:
            if not test(self[elem], other[elem]):
                return False
        return True

    def __eq__(self, other):
        return self._all(other, lambda a, b: a == b)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __le__(self, other):
        return self._all(other, lambda a, b: a <= b)

    def __lt__(self, other):
        result = self.__le__(other)
        return result if result is NotImplemented else result and self != other

    def __ge__(self, other):
        return self._all(other, lambda a, b: a >= b)

    def __gt__(self, other):
        result = self.__ge__(other)
        return result if result is NotImplemented else result and self != other

    def _combine(self, other, op):
        keys = self._pairs(other)
        if keys is None:
            return NotImplemented
        result = Counter()
        for elem in keys:
            count = op(self[elem], other[elem])
            if count > 0:
                result[elem] = count
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: b if b < a else a)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _inplace(self, other, op):
        result = op(self, other)
        if result is NotImplemented:
            return result
        dict.clear(self)
        dict.update(self, result)
        return self

    def __iadd__(self, other):
        return self._inplace(other, Counter.__add__)

    def __isub__(self, other):
        return self._inplace(other, Counter.__sub__)

    def __ior__(self, other):
        return self._inplace(other, Counter.__or__)

    def __iand__(self, other):
        return self._inplace(other, Counter.__and__)


def _second(pair):
    return pair[1]


def _count_elements(mapping, iterable, sign=1):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + sign


def _quote_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _field_getter(index, name):
    def get(self):
        return self[index]

    def cannot_set(self, value):
        raise AttributeError("can't set attribute")

    def cannot_delete(self):
        raise AttributeError("can't delete attribute")
    return property(get, cannot_set, cannot_delete, doc='Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))
    where = typename + '.__new__()'

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple.__new__(_cls, args)
        if len(args) > nfields:
            takes = nfields + 1
            if field_defaults:
                low = nfields - len(field_defaults) + 1
                raise TypeError('%s takes from %d to %d positional arguments but %d were given'
                                % (where, low, takes, len(args) + 1))
            raise TypeError('%s takes %d positional argument%s but %d were given'
                            % (where, takes, '' if takes == 1 else 's', len(args) + 1))
        values = list(args)
        for name in kwargs:
            if name not in fields:
                raise TypeError('%s got an unexpected keyword argument %r' % (where, name))
            if fields.index(name) < len(args):
                raise TypeError('%s got multiple values for argument %r' % (where, name))
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
                values.append(None)
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s'
                            % (where, len(missing), '' if len(missing) == 1 else 's',
                               _quote_list(missing)))
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return self._make(values)

    def __repr__(self):
        body = ', '.join('%s=%r' % pair for pair in zip(fields, self))
        return '%s(%s)' % (_type_name(self), body)

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__module__': '__main__' if module is None else module,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index, name)
    return type(typename, (tuple,), namespace)


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _merged(self):
        merged = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                merged[key] = None
        return merged

    def __len__(self):
        return len(self._merged())

    def __iter__(self):
        return iter(list(self._merged()))

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def keys(self):
        return list(self)

    def values(self):
        return [self[key] for key in self]

    def items(self):
        return [(key, self[key]) for key in self]

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    __hash__ = None

    def __repr__(self):
        return _guarded_repr(self, self._render, '...')

    def _render(self):
        return '%s(%s)' % (_type_name(self), ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)


class UserDict:
    # A mapping that keeps its items in the plain dict `self.data`.
    __hash__ = None

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        return self.data == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def pop(self, key, *default):
        return self.data.pop(key, *default)

    def popitem(self):
        return self.data.popitem()

    def clear(self):
        self.data.clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwargs):
        if isinstance(other, UserDict):
            other = other.data
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        result = type(self)()
        result.data = self.data.copy()
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList:
    # A sequence that keeps its items in the plain list `self.data`.
    __hash__ = None

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __ne__(self, other):
        return self.data != self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, type(self.data)):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, type(self.data)):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._unwrap(other) if isinstance(other, UserList) else list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


def _plain(value):
    # A UserString argument stands for its text.
    return value.data if isinstance(value, UserString) else value


class UserString:
    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, other):
        return self.data == _plain(other)

    def __lt__(self, other):
        return self.data < _plain(other)

    def __le__(self, other):
        return self.data <= _plain(other)

    def __gt__(self, other):
        return self.data > _plain(other)

    def __ge__(self, other):
        return self.data >= _plain(other)

    def __contains__(self, char):
        return _plain(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            return self.__class__(self.data + _plain(other))
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def count(self, sub, start=0, end=None):
        return self.data.count(_plain(sub), start, len(self.data) if end is None else end)

    def find(self, sub, start=0, end=None):
        return self.data.find(_plain(sub), start, len(self.data) if end is None else end)

    def rfind(self, sub, start=0, end=None):
        return self.data.rfind(_plain(sub), start, len(self.data) if end is None else end)

    def index(self, sub, start=0, end=None):
        return self.data.index(sub, start, len(self.data) if end is None else end)

    def rindex(self, sub, start=0, end=None):
        return self.data.rindex(sub, start, len(self.data) if end is None else end)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_plain(old), _plain(new), maxsplit))

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_plain(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_plain(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)


def _text_method(name, wrap):
    # A str method run on the text; `wrap` makes a str result a UserString of the
    # caller's class, as CPython's UserString does for these methods.
    method = getattr(str, name)

    def call(self, *args, **kwargs):
        result = method(self.data, *args, **kwargs)
        return self.__class__(result) if wrap else result
    call.__name__ = name
    return call


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _text_method(_name, True))
for _name in ('endswith', 'startswith', 'format', 'format_map', 'isalpha', 'isalnum',
              'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
              'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'partition',
              'rpartition', 'split', 'rsplit', 'splitlines'):
    setattr(UserString, _name, _text_method(_name, False))
UserString.maketrans = str.maketrans
del _name
