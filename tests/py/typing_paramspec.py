# ParamSpec's args/kwargs (ParamSpecArgs/ParamSpecKwargs), annotations that use them,
# and importing a name typing does not have.
import typing
from typing import Callable, Concatenate, ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeVar, get_origin

P = ParamSpec("P")
R = TypeVar("R")


def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


print(add(1), add(1, b=5))
print(P.args, P.kwargs, repr(P.args), repr(P.kwargs))
print(isinstance(P.args, ParamSpecArgs), isinstance(P.kwargs, ParamSpecKwargs), isinstance(P.args, ParamSpecKwargs))
print(P.args == P.args, P.args == ParamSpec("P").args, P.args == P.kwargs, P.kwargs == P.kwargs)
print(get_origin(P.args) is P, get_origin(P.kwargs) is P, P, P.__name__)
print(Callable[Concatenate[int, P], R], typing.ParamSpecArgs is ParamSpecArgs)
Q = ParamSpec("Q", bound=None)
print(Q.args, Q.kwargs, Callable[P, R], Callable[..., R], Callable[[int, str], R], Callable[int, R])
print(typing.get_args(Callable[P, int]), typing.get_args(Callable[Concatenate[str, P], int]))
for make in [lambda: Concatenate[()], lambda: Concatenate[int], lambda: Concatenate[int, str],
             lambda: Concatenate[int, ...], lambda: Concatenate[P]]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)

try:
    from typing import NoSuchName
except ImportError as e:
    print(type(e).__name__)
try:
    from typing import List, Nope
except ImportError as e:
    print(type(e).__name__)
try:
    typing.NoSuchName
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(P.args)
except TypeError as e:
    print("TypeError:", e)
print(type(P.args).__name__, type(P.kwargs).__name__)
