# Calling with keywords in any order, mixing positional and keyword, and defaults.
def box(width, height=1, depth=1, *, unit="cm"):
    return f"{width}x{height}x{depth} {unit}"

print(box(2))
print(box(2, 3))
print(box(2, depth=5))
print(box(depth=4, width=1, height=2))
print(box(1, 2, 3, unit="in"))
print(box(unit="m", width=9))
settings = {"height": 7, "unit": "mm"}
print(box(1, **settings))
print(box(*[1, 2], **{"depth": 3}))

def echo(**kwargs):
    return list(kwargs.items())

print(echo(z=1, a=2, m=3))
print(echo(**{"b": 1}, a=0))
print(dict(one=1, two=2), sorted("cab", reverse=True), int("ff", base=16), round(number=2.5))
print(print("inner", end="") or "", sep="")
