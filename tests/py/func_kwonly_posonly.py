# Keyword-only (after *), positional-only (before /), and mixes of both.
def kwonly(a, *, b, c=3):
    return a, b, c

print(kwonly(1, b=2), kwonly(1, c=0, b=9))
try:
    kwonly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)

def posonly(a, b, /, c):
    return a, b, c

print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

def both(a, /, b, *, c):
    return a + b + c

print(both(1, 2, c=3), both(1, b=2, c=3))
try:
    both(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

def pos_with_kwargs(name, /, **kw):
    return name, kw

print(pos_with_kwargs("x", name="also allowed in kwargs"))

def defaults_posonly(a=1, b=2, /):
    return a * 10 + b

print(defaults_posonly(), defaults_posonly(5), defaults_posonly(5, 6))
try:
    defaults_posonly(b=3)
except TypeError as e:
    print(type(e).__name__, e)

def star_kwonly(*args, sep="-"):
    return sep.join(map(str, args))

print(star_kwonly(1, 2, 3), star_kwonly(1, 2, sep="+"), star_kwonly())
try:
    kwonly(1, b=2, d=4)
except TypeError as e:
    print(type(e).__name__, e)
