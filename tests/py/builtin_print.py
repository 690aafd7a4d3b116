# print(): sep, end, multiple arguments, no arguments, non-string objects.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(1, 2.5, None, True, [1, "s"], (1,), {"k": "v"}, b"b")
print("multi\nline")
print("", "", sep="|")
print(*range(5))
print(*"abc", sep="+")
print(sep="ignored")
print("end with tab", end="\t")
print("after tab")
print("a", end="")
print("b", end="")
print()
print("sep None", "uses space", sep=None)
print("end None", end=None)
print("unicode: é ü 日本 😀")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
print(print("inner"))
