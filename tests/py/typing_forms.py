import typing
from typing import *

# Every public name used in annotations is importable.
names = ["AbstractSet", "Annotated", "Any", "AnyStr", "AsyncGenerator", "AsyncIterable", "AsyncIterator",
         "Awaitable", "ByteString", "Callable", "ChainMap", "ClassVar", "Collection", "Concatenate",
         "Container", "ContextManager", "Coroutine", "Counter", "DefaultDict", "Deque", "Dict", "Final",
         "FrozenSet", "Generator", "Generic", "Hashable", "IO", "ItemsView", "Iterable", "Iterator",
         "KeysView", "List", "Literal", "LiteralString", "Mapping", "MappingView", "Match", "MutableMapping",
         "MutableSequence", "MutableSet", "NamedTuple", "Never", "NewType", "NoReturn", "NotRequired",
         "Optional", "OrderedDict", "ParamSpec", "Pattern", "Protocol", "Required", "Reversible", "Self",
         "Sequence", "Set", "Sized", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
         "SupportsIndex", "SupportsInt", "SupportsRound", "Text", "TextIO", "BinaryIO", "Tuple", "Type",
         "TypeAlias", "TypeGuard", "TypeVar", "TypeVarTuple", "TypedDict", "Union", "Unpack", "ValuesView",
         "TYPE_CHECKING", "abstractmethod", "assert_never", "assert_type", "cast", "clear_overloads",
         "dataclass_transform", "final", "get_args", "get_origin", "get_overloads", "get_type_hints",
         "is_typeddict", "no_type_check", "no_type_check_decorator", "overload", "reveal_type",
         "runtime_checkable", "ForwardRef", "AsyncContextManager"]
print([n for n in names if not hasattr(typing, n)])

print(Optional[int], Union[int, None], Union[None, int], Union[int, str, None], Optional[Union[int, str]])
print(Union[int, Union[str, bytes]], Union[int, int], Tuple[()], Tuple[int], Type[int], Type[Any])
print(Callable[[], None], Callable[[int], str], Callable[..., int], Annotated[int, "meta"], Literal[1, "a", None, True])
print(Dict[str, List[Tuple[int, ...]]], Sequence[Optional[int]], Iterator[Any], DefaultDict[str, int], Deque[int])
print(get_origin(List[int]) is list, get_origin(Dict[str, int]) is dict, get_origin(Union[int, str]) is Union, get_origin(int))
print(get_args(Union[int, str]), get_args(Callable[[int], str]), get_args(int), get_args(Optional[int]), get_args(Literal[1, 2]))
print(get_origin(Optional[int]) is Union, get_origin(Literal[1]) is Literal, get_origin(ClassVar[int]) is ClassVar)
print(Union[int, float] == Union[float, int], Optional[int] == Union[None, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] == Union[int, bytes], List[int] == List[str], get_origin(Annotated[int, 1]), Annotated)

T = TypeVar("T")
S = TypeVar("S", int, str)
U = TypeVar("U", bound="Comparable", covariant=True)
print(T, S, U, T.__name__)
P = ParamSpec("P")
print(P, P.__name__, List[T][int] if False else "skip", Generic[T] if False else "skip2")
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__name__, Optional[UserId])


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


print(Box(3).item, Box[int](4).item)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Door:
    def close(self) -> None:
        pass


print(Closable.__name__, Door().close())


class Opts(TypedDict, total=False):
    a: int
    b: Required[str]


print(Opts(a=1), Opts(), is_typeddict(Opts), is_typeddict(dict), is_typeddict(TypedDict))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__ if False else "ann")


@final
class Leaf:
    pass


@no_type_check
def loose(x: "nonsense") -> "more":
    return x


print(Leaf.__name__, loose(3), assert_type(5, int), cast(str, 7), cast(List[int], "s"))


@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x):
    return x


print(h(2), len(get_overloads(h)), clear_overloads(), get_overloads(h))

errors = [
    lambda: Optional[int, str],
    lambda: Union[()],
    lambda: ClassVar[int, str],
    lambda: Final[int, str],
    lambda: Any(),
    lambda: Union(),
    lambda: Annotated[int],
    lambda: Unpack[int, str],
    lambda: TypeVar("X", int),
    lambda: Any[int],
    lambda: NoReturn[int],
    lambda: Callable[int],
    lambda: issubclass(int, Union[int, str]) if False else "skip",
    lambda: Callable[int, str],
    lambda: assert_never("x" * 200),
    lambda: ForwardRef(5),
    lambda: assert_never(1),
]
for f in errors:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(ForwardRef("X"), ForwardRef("X") == ForwardRef("X"), TypeVarTuple("Ts"), IO, TextIO, BinaryIO)
print(typing.abstractmethod(h) is h, dataclass_transform()(Leaf) is Leaf, no_type_check_decorator(final) is final)
print(SupportsBytes, SupportsInt, SupportsRound, ContextManager[int], MappingView, ByteString)
