from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, Literal, Final, ClassVar, cast,
                    overload, TYPE_CHECKING, get_type_hints)
import typing

print(TYPE_CHECKING)
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...])
print(Union[int], Union[int, None], Optional[Union[int, str]], Set[bytes], FrozenSet[int])
print(Callable[[int, str], bool], Callable[..., Any], Literal["a", 1], Final[int], ClassVar[List[int]])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[float], Mapping[str, Any])
print(Any, typing.Optional, List)
print(Union[int, str] == Union[str, int] or True, List[int] == List[int])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
T = TypeVar("T")
K = TypeVar("K", bound=int)
print(T, K, List[T])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)


class Greeter(Protocol):
    def greet(self) -> str: ...


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(1, 2)
print(p, p.x, p.y, p[0], Point(5), p._asdict(), p._replace(y=7), isinstance(p, tuple))
x, y = p
print(x + y, Point._fields, len(p), p == (1, 2))
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
q = Pair(1, "z")
print(q, q.b)


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, m["year"])


def f(a: int, b: Optional[str] = None) -> Dict[str, List[int]]:
    return {"a": [a]}


print(f(1), cast(int, "x"), cast("List[int]", [1]))


@overload
def g(x: int) -> int: ...


def g(x):
    return x * 2


print(g(4))


class Config:
    name: str
    retries: int = 3
    tags: ClassVar[List[str]] = []


print(Config.__annotations__)
print(get_type_hints(Config))
value: Dict[str, int] = {"a": 1}
print(__annotations__)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
