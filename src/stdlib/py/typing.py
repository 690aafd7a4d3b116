
TYPE_CHECKING = False


def _type_repr(obj):
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'NoneType'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if isinstance(obj, str):
        return f'ForwardRef({obj!r})'
    return repr(obj)


# The class of `int | str`, which typing's Union flattens and compares equal to.
_UnionType = type(int | str)


def _params(params):
    return params if isinstance(params, tuple) else (params,)


class _GenericAlias:
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Tuple' and not self.__args__:
            return 'typing.Tuple[()]'
        if self._name == 'Annotated':
            rest = ''.join(', ' + repr(a) for a in self.__args__[1:])
            return f'typing.Annotated[{_type_repr(self.__args__[0])}{rest}]'
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return f'typing.Callable[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        if self._name == 'Literal':
            return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, _params(params), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def _key(self):
        # A Union's members are unordered: Union[int, str] == Union[str, int].
        if self._name in ('Union', 'Optional'):
            return frozenset(self.__args__)
        return self.__args__

    def __eq__(self, other):
        if isinstance(other, _UnionType) and self._name in ('Union', 'Optional'):
            return self._key() == frozenset(other.__args__)
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._key() == other._key()

    def __hash__(self):
        return hash((self.__origin__, self._key()))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    def __init__(self, name, subscript=None):
        self._name = name
        self._sandpit_name = name
        self._subscript = subscript

    def __repr__(self):
        if self._name == 'Annotated':
            return "<class 'typing.Annotated'>"
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._subscript is None:
            if self._name == 'Any':
                raise TypeError("type 'Any' is not subscriptable")
            raise TypeError(f'typing.{self._name} is not subscriptable')
        return self._subscript(self, params)

    def __call__(self, *args, **kwargs):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError(f'Cannot instantiate typing.{self._name}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, params):
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in _params(params):
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional') or isinstance(p, _UnionType):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        alias = _GenericAlias(form, (other, type(None)), 'Optional')
        return alias
    return _GenericAlias(form, tuple(flat), 'Union')


def _optional(form, params):
    if isinstance(params, tuple):
        raise TypeError(f'typing.Optional requires a single type. Got {params!r}.')
    return Union[params, None]


def _plain(form, params):
    return _GenericAlias(form, _params(params), form._name)


def _one(form, params):
    if isinstance(params, tuple):
        raise TypeError(f'typing.{form._name} accepts only single type. Got {params!r}.')
    return _GenericAlias(form, _params(params), form._name)


def _concatenate(form, params):
    if params == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    params = _params(params)
    if not (params[-1] is ... or isinstance(params[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    return _GenericAlias(form, params, 'Concatenate')


def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _GenericAlias(form, params, 'Annotated')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _plain)
Final = _SpecialForm('Final', _one)
ClassVar = _SpecialForm('ClassVar', _one)
Annotated = _SpecialForm('Annotated', _annotated)
TypeGuard = _SpecialForm('TypeGuard', _one)
Concatenate = _SpecialForm('Concatenate', _concatenate)


class _Collection:
    def __init__(self, name, origin):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._name == 'Callable':
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            # A ParamSpec or Concatenate stands for the whole argument list (PEP 612).
            if args is not ... and not isinstance(args, (list, ParamSpec)) and not (
                    isinstance(args, _GenericAlias) and args._name == 'Concatenate'):
                args = [args]
            return _GenericAlias(self.__origin__, (args, result), 'Callable')
        return _GenericAlias(self.__origin__, _params(params), self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or self._name in ('Type',):
            raise TypeError(f'Type {self._name} cannot be instantiated')
        if self._name in ('List', 'Dict', 'Set', 'FrozenSet', 'Tuple'):
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


List = _Collection('List', list)
Dict = _Collection('Dict', dict)
Set = _Collection('Set', set)
FrozenSet = _Collection('FrozenSet', frozenset)
Tuple = _Collection('Tuple', tuple)
Type = _Collection('Type', type)
Text = str
Callable = _Collection('Callable', None)
Iterable = _Collection('Iterable', None)
Iterator = _Collection('Iterator', None)
Generator = _Collection('Generator', None)
AsyncIterator = _Collection('AsyncIterator', None)
AsyncIterable = _Collection('AsyncIterable', None)
AsyncGenerator = _Collection('AsyncGenerator', None)
Awaitable = _Collection('Awaitable', None)
Coroutine = _Collection('Coroutine', None)
Reversible = _Collection('Reversible', None)
Sequence = _Collection('Sequence', None)
MutableSequence = _Collection('MutableSequence', None)
Mapping = _Collection('Mapping', None)
MutableMapping = _Collection('MutableMapping', None)
AbstractSet = _Collection('AbstractSet', None)
MutableSet = _Collection('MutableSet', None)
Collection = _Collection('Collection', None)
Container = _Collection('Container', None)
Hashable = _Collection('Hashable', None)
Sized = _Collection('Sized', None)
KeysView = _Collection('KeysView', None)
ValuesView = _Collection('ValuesView', None)
ItemsView = _Collection('ItemsView', None)
Deque = _Collection('Deque', None)
DefaultDict = _Collection('DefaultDict', None)
OrderedDict = _Collection('OrderedDict', None)
Counter = _Collection('Counter', None)
ChainMap = _Collection('ChainMap', None)
Pattern = _Collection('Pattern', None)
Match = _Collection('Match', None)
ByteString = _Collection('ByteString', None)
ContextManager = _Collection('ContextManager', None)
AsyncContextManager = _Collection('AsyncContextManager', None)
MappingView = _Collection('MappingView', None)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)

    # `*args: P.args, **kwargs: P.kwargs` annotate a wrapper that forwards P's arguments.
    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class _ParamSpecPart:
    # P.args and P.kwargs: equal when of the same part of the same ParamSpec.
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecArgs(_ParamSpecPart):
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    _part = 'kwargs'


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


Unpack = _SpecialForm('Unpack', _one)


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


class IO(Generic):
    pass


# The Supports* protocols are classes, as in CPython.
class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsComplex(Protocol):
    pass


class SupportsBytes(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


# The overloads of each function, by module and qualified name, for get_overloads().
_overloads = {}


def _overload_key(func):
    return (getattr(func, '__module__', None), getattr(func, '__qualname__', None))


def _overload_dummy(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    _overloads.setdefault(_overload_key(func), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overloads.get(_overload_key(func), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    return f


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    def wrapped_decorator(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    return lambda cls_or_fn: cls_or_fn


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = '__main__'
        self.__supertype__ = tp

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    if isinstance(tp, _UnionType):
        return _UnionType
    if isinstance(tp, _GenericAlias):
        origin = tp.__origin__
        if isinstance(origin, _SpecialForm) and origin._name == 'Optional':
            return Union
        return origin
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, (_GenericAlias, _UnionType)):
        return tp.__args__
    return ()


def _own_annotations(obj):
    ann = getattr(obj, '__annotations__', None)
    return dict(ann) if isinstance(ann, dict) else {}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(_own_annotations(base))
        return hints
    return _own_annotations(obj)


def _namedtuple_class(cls, fields, defaults):
    names = tuple(fields)
    count = len(names)
    qual = cls.__name__

    def __new__(klass, *args, **kwargs):
        if len(args) > count:
            required = count - len(defaults)
            takes = f'from {required + 1} to {count + 1}' if defaults else f'{count + 1}'
            raise TypeError(f'{qual}.__new__() takes {takes} positional arguments but {len(args) + 1} were given')
        values = list(args)
        for name in names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in defaults:
                values.append(defaults[name])
            else:
                missing = [n for n in names[len(values):] if n not in kwargs and n not in defaults]
                quoted = [repr(n) for n in missing]
                if len(quoted) == 1:
                    text = quoted[0]
                elif len(quoted) == 2:
                    text = quoted[0] + ' and ' + quoted[1]
                else:
                    text = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
                plural = 'argument' if len(missing) == 1 else 'arguments'
                raise TypeError(f'{qual}.__new__() missing {len(missing)} required positional {plural}: {text}')
        for key in kwargs:
            if key in names:
                raise TypeError(f"{qual}.__new__() got multiple values for argument '{key}'")
            raise TypeError(f"{qual}.__new__() got an unexpected keyword argument '{key}'")
        return tuple.__new__(klass, values)

    def __repr__(self):
        return f'{type(self).__name__}(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'

    def _asdict(self):
        return dict(zip(names, self))

    def _replace(self, **changes):
        result = type(self)(**{n: changes.pop(n, v) for n, v in zip(names, self)})
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return result

    cls.__new__ = __new__
    cls.__repr__ = __repr__
    cls._asdict = _asdict
    cls._replace = _replace
    cls._fields = names
    cls._field_defaults = dict(defaults)
    cls._make = classmethod(lambda klass, iterable: tuple.__new__(klass, list(iterable)))
    for i, name in enumerate(names):
        setattr(cls, name, property(lambda self, i=i: tuple.__getitem__(self, i)))
    return cls


class NamedTuple(tuple):
    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename = args[0]
            fields = args[1] if len(args) > 1 else list(kwargs.items())
            return _namedtuple_class(type(typename, (NamedTuple,), {}), [n for n, _ in fields], {})
        return tuple.__new__(cls, args)

    def __init_subclass__(cls, **kwargs):
        annotations = getattr(cls, '__annotations__', None) or {}
        defaults = {}
        for name in annotations:
            value = getattr(cls, name, _NO_DEFAULT)
            if value is not _NO_DEFAULT:
                defaults[name] = value
            elif defaults:
                raise TypeError(f'Non-default namedtuple field {name} cannot follow default field' + ('s ' if len(defaults) > 1 else ' ') + ', '.join(defaults))
        _namedtuple_class(cls, list(annotations), defaults)


_NO_DEFAULT = object()


class TypedDict(dict):
    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            return type(args[0], (TypedDict,), {})
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total


def is_typeddict(tp):
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


Required = _SpecialForm('Required', _one)
NotRequired = _SpecialForm('NotRequired', _one)
