# `X | Y` between classes and None makes a types.UnionType, as annotations in modern code
# use it: module and class annotations are evaluated, isinstance takes it, typing knows it.
import typing
class Foo: pass
u = int | str
print(u, type(u), u.__args__, type(u).__name__, type(u).__module__)
print(int | None, None | int, int | int, (int | str) | float, int | (str | float))
print(Foo | None, list | dict)
print(int | str == str | int, hash(int | str) == hash(str | int), (int | str) == (int | float))
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(1, (float, int | str)))
try:
    int | "str"
except TypeError as e:
    print(e)
try:
    None | None
except TypeError as e:
    print(e)
try:
    type(u)()
except TypeError as e:
    print(e)
print(typing.get_args(int | str), typing.get_origin(int | str))
print(typing.Union[int, str] == (int | str), (int | str) == typing.Union[int, str])
print(typing.Optional[int] == (int | None))
print(int | typing.List[int], typing.Optional[int] | str)
print(typing.Union[int | str, float])
x: int | None = 5
class D:
    name: str | None = None
    items: list[int] | None = None
print(x, D.name)
from dataclasses import dataclass
@dataclass
class P:
    name: str
    email: str | None = None
print(P("a"), P("b", "c"))
d = {int | str: 1}
print(d[str | int])
print(repr(int | None | str))

import types
print(types.UnionType, type(int | None) is types.UnionType, types.NoneType, types.FunctionType)
print(type(lambda: 0) is types.FunctionType, isinstance(len, types.BuiltinFunctionType))
