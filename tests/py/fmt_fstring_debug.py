# The `=` specifier in f-strings (self-documenting expressions).
x, y = 3, "hi"
print(f"{x=}")
print(f"{y=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{x + 1 = }")
print(f"{y.upper()=}")
print(f"{x=:>5}")
print(f"{x=!s}")
print(f"{y=!s}")
print(f"{3.5=:.3f}")
print(f"{[1, 2]=}")
print(f"{x=}, {y=}")
items = {"a": 1}
print(f"{items['a']=}")
print(f"{len(y)=:04d}")
