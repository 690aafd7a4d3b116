# `types`: the classes of builtin objects by name, and `UnionType`, what `int | None`
# makes. The VM calls `_union` for `|` between classes and None; a union's own `|` is
# the methods below.


def _function():
    pass


def _generator():
    yield


class _Methods:
    def method(self):
        pass


FunctionType = LambdaType = type(_function)
GeneratorType = type(_generator())
MethodType = type(_Methods().method)
BuiltinFunctionType = BuiltinMethodType = type(len)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


def _member(arg):
    if arg is None:
        return NoneType
    if isinstance(arg, (type, UnionType)):
        return arg
    return None


def _union(left, right):
    members = []
    for arg in (left, right):
        member = _member(arg)
        if member is None:
            return NotImplemented
        for m in member.__args__ if isinstance(member, UnionType) else (member,):
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    union = object.__new__(UnionType)
    union.__args__ = tuple(members)
    return union


def _arg_repr(arg):
    if arg is NoneType:
        return 'None'
    if isinstance(arg, type):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return f'{arg.__module__}.{arg.__qualname__}'
    return repr(arg)


class UnionType:
    __parameters__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return ' | '.join(_arg_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))
