
class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        if isinstance(self.type, type):
            return f'dataclasses.InitVar[{self.type.__name__}]'
        return f'dataclasses.InitVar[{self.type!r}]'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = '_FIELD'

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _bind(qual, params, args, kwargs):
    positional = [f for f in params if not f.kw_only]
    if len(args) > len(positional):
        required = sum(1 for f in positional if not _has_default(f))
        most = len(positional) + 1
        if required == len(positional):
            takes = f'{most} positional argument' + ('' if most == 1 else 's')
        else:
            takes = f'from {required + 1} to {most} positional arguments'
        given = len(args) + 1
        verb = 'was' if given == 1 else 'were'
        raise TypeError(f'{qual}() takes {takes} but {given} {verb} given')
    values = {}
    for f, v in zip(positional, args):
        values[f.name] = v
    names = [f.name for f in params]
    for k, v in kwargs.items():
        if k not in names:
            raise TypeError(f"{qual}() got an unexpected keyword argument '{k}'")
        if k in values:
            raise TypeError(f"{qual}() got multiple values for argument '{k}'")
        values[k] = v
    for kind, group in (('positional', positional), ('keyword-only', [f for f in params if f.kw_only])):
        missing = [f.name for f in group if f.name not in values and not _has_default(f)]
        if missing:
            plural = 'argument' if len(missing) == 1 else 'arguments'
            raise TypeError(f'{qual}() missing {len(missing)} required {kind} {plural}: {_name_list(missing)}')
    for f in params:
        if f.name not in values:
            values[f.name] = f.default_factory() if f.default_factory is not MISSING else f.default
    return values


def _make_init(cls, all_fields, frozen):
    params = [f for f in all_fields if f.init]
    params = [f for f in params if not f.kw_only] + [f for f in params if f.kw_only]
    qual = cls.__qualname__ + '.__init__'
    has_post_init = hasattr(cls, '__post_init__')
    initvars = [f.name for f in all_fields if f._field_type == '_FIELD_INITVAR']

    def __init__(self, *args, **kwargs):
        values = _bind(qual, params, args, kwargs)
        for f in all_fields:
            if f._field_type != '_FIELD':
                continue
            if f.init:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            self.__post_init__(*[values[n] for n in initvars])
    return __init__


_repr_running = set()


def _make_repr(repr_fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields]
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}(' + ', '.join(parts) + ')'
    return __repr__


def _values(obj, compare_fields):
    return tuple(getattr(obj, f.name) for f in compare_fields)


def _make_compare(compare_fields, op):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_values(self, compare_fields), _values(other, compare_fields))
        return NotImplemented
    return method


def _make_hash(hash_fields):
    def __hash__(self):
        return hash(_values(self, hash_fields))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    return getattr(tp, '_sandpit_name', None) == 'ClassVar' or getattr(getattr(tp, '__origin__', None), '_sandpit_name', None) == 'ClassVar'


def _set_new(cls, name, value):
    if _own_attr(cls, name, MISSING) is not MISSING:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = _own_attr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dataclass_params__['frozen']:
                any_frozen_base = True
    annotations = _own_attr(cls, '__annotations__', None) or {}
    own_fields = []
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if _is_classvar(tp):
            continue
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            kw_only_now = True
            continue
        default = _own_attr(cls, name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = tp
        if tp is InitVar or isinstance(tp, InitVar) or (isinstance(tp, str) and tp.startswith(('InitVar', 'dataclasses.InitVar'))):
            f._field_type = '_FIELD_INITVAR'
        if f.kw_only is MISSING:
            f.kw_only = kw_only_now
        if f._field_type == '_FIELD' and f.default is not MISSING and (
                isinstance(f.default, (list, dict, set)) or type(f.default).__hash__ is None):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
        own_fields.append(f)
    for name in list(_class_names(cls)):
        if name[:2] == '__' == name[-2:]:
            # The class's protocol, never a field; reading it could trip the policy.
            continue
        value = _own_attr(cls, name, None)
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                                'unsafe_hash': unsafe_hash, 'frozen': frozen}
    all_fields = list(fields.values())
    real = [f for f in all_fields if f._field_type == '_FIELD']
    if init:
        seen_default = None
        for f in all_fields:
            if f.init and not f.kw_only:
                if _has_default(f):
                    seen_default = f
                elif seen_default is not None:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
        _set_new(cls, '__init__', _make_init(cls, all_fields, frozen))
    if repr:
        _set_new(cls, '__repr__', _make_repr([f for f in real if f.repr]))
    compare_fields = [f for f in real if f.compare]
    if eq:
        _set_new(cls, '__eq__', _make_compare(compare_fields, lambda a, b: a == b))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new(cls, name, _make_compare(compare_fields, op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        names = tuple(f.name for f in real)
        setter, deleter = _make_frozen(cls, names)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    own_hash = _own_attr(cls, '__hash__', MISSING)
    explicit_hash = not (own_hash is MISSING or (own_hash is None and _own_attr(cls, '__eq__', MISSING) is not MISSING))
    hash_fields = [f for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and frozen:
        if not explicit_hash:
            cls.__hash__ = _make_hash(hash_fields)
    elif eq:
        if not explicit_hash:
            cls.__hash__ = None
    if match_args:
        _set_new(cls, '__match_args__', tuple(f.name for f in all_fields if f.init and not f.kw_only))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def _fields_of(obj):
    fs = getattr(obj, '__dataclass_fields__', None)
    if fs is None:
        return None
    return [f for f in fs.values() if f._field_type == '_FIELD']


def fields(class_or_instance):
    fs = _fields_of(class_or_instance)
    if fs is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(fs)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), '__dataclass_fields__')


def _convert(obj, factory, as_dict):
    if _is_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), factory, as_dict)) for f in _fields_of(obj)]
        return factory(values) if as_dict else factory(v for _, v in values)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    # Builds the class a `class` statement would (annotations, defaults, the caller's
    # namespace) and decorates it; like CPython's, it lives in module 'types'.
    annotations = {}
    body = dict(namespace or {})
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, body[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp
    body['__annotations__'] = annotations
    body['__module__'] = 'types'
    body['__qualname__'] = cls_name
    cls = type(cls_name, bases, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == '_FIELD_INITVAR' and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            if f._field_type == '_FIELD':
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
