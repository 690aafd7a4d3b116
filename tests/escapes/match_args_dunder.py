# expect: dunder __dict__
# __match_args__ names attributes by string, out of the checker's sight: a class
# pattern reads them through the runtime's attribute check, as getattr does.
class Probe:
    __match_args__ = ('__dict__',)
match Probe():
    case Probe(d):
        print('ESCAPED', type(d))
