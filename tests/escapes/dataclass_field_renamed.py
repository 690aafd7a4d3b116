# expect: dunder __reduce_ex__
# A dataclass Field renamed after decoration: asdict() then reads whatever name the
# field holds, from the stdlib's own (trusted) code, and hands the value back.
import dataclasses


@dataclasses.dataclass
class Box:
    item: int = 0


dataclasses.fields(Box)[0].name = '__reduce_ex__'
newobj = dataclasses.asdict(Box())['__reduce_ex__'](2)[0]
print('ESCAPED', newobj.__globals__['__builtins__']['__import__']('os').getcwd())
