import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))

print(string.capwords("hello   world  foo"), string.capwords(" a-b c "), string.capwords("x,y,z", ","))
print(repr(string.capwords("")), string.capwords("ÉTÉ été"), string.capwords("aXb cYd", None))
print(string.capwords("one::two", "::"))

T = string.Template
t = T("$who likes ${what}; $$ is a dollar; $who!")
print(t.template, t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}))
print(t.substitute({"who": "a", "what": "b"}, what="override"))
print(t.safe_substitute(who="x"), t.safe_substitute())
print(T("$a$b ${c}d $_e1 $1 $").safe_substitute(a=1, b=2.5, c=None, _e1=[1]))
print(T("${a}${a}").substitute(a="z"), T("no placeholders").substitute(), T("$$$x").substitute(x=1))
print(T("$é").safe_substitute({"é": 1}), T("${bad name}").safe_substitute({"bad name": 1}))
print(T.delimiter, T.idpattern, T.braceidpattern, T.flags)
print(T("$x and $y").get_identifiers(), T("$x $x ${y} $$ $").is_valid(), T("$x").is_valid())
print(T("$1").is_valid(), T("${x").is_valid(), T("$x ${y}").get_identifiers())

errors = [
    lambda: T("$who").substitute(),
    lambda: T("${what}").substitute(who=1),
    lambda: T("trailing $").substitute(),
    lambda: T("bad ${").substitute(),
    lambda: T("line1\n  $1x").substitute(),
    lambda: T("a\nb\n${ z}").substitute(z=1),
    lambda: T("$x").substitute({"x": 1}, {"y": 2}),
    lambda: type(T(5)).__name__,
    lambda: string.capwords(5),
    lambda: T("$x").substitute([1]),
]
for f in errors:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Dollarless(string.Template):
    delimiter = "%"


print(Dollarless("%who and %% and ${x}").substitute(who="me"))


class Ident(string.Template):
    idpattern = r"[a-z]+"


print(Ident("$abc1 $ABC").safe_substitute(abc="X", ABC="Y"))

print(hasattr(string, "Template"), callable(string.capwords))
