# expect: dunder __bases__
# __init_subclass__ runs implicitly when a subclass is created; its body is checked too.
class Spy:
    def __init_subclass__(cls):
        print('ESCAPED', len(cls.__bases__[0].__bases__[0].__subclasses__()))


class Child(Spy):
    pass
