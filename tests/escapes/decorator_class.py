# expect: dunder __mro__
# A lambda used as a class decorator (PEP 614) walks the new class's MRO.
@lambda c: print('ESCAPED', len(c.__mro__[-1].__subclasses__()))
class A:
    pass
