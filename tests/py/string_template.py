import string
class MyT(string.Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      {(?P<braced>[a-z]+)} |
      (?P<invalid>)
    )"""
t = MyT("#who and #{what} ## #")
print(t.safe_substitute(who="me"), t.is_valid(), t.get_identifiers(), type(MyT.pattern).__name__, MyT.pattern.flags)
try:
    t.substitute(who="a", what="b")
except ValueError as e:
    print(e)
class Sub(MyT):
    delimiter = "@"
print(Sub("@x #y").safe_substitute(x=1, y=2))
class CaseT(string.Template):
    flags = 0
print(CaseT("$abc $ABC").safe_substitute(abc=1, ABC=2), CaseT.pattern.flags)
class Braced(string.Template):
    braceidpattern = r"[a-z ]+"
print(Braced("${a b} $a").substitute({"a b": 1, "a": 2}))
class NoGroup(string.Template):
    pattern = r"\$(?P<named>x)"
try:
    print(NoGroup("$x").substitute(x=1), NoGroup("$y").is_valid())
except Exception as e:
    print(type(e).__name__, e)
