# expect: dunder __reduce_ex__
# A dataclass field named after a blocked dunder: asdict() would read it on the
# caller's behalf, from the stdlib's own (trusted) code.
import dataclasses


@dataclasses.dataclass
class Box:
    __reduce_ex__: object = dataclasses.field(init=False)


newobj = dataclasses.asdict(Box())['__reduce_ex__'](2)[0]
print('ESCAPED', newobj.__globals__['__builtins__']['__import__']('os').getcwd())
