import sys

# sys.stdout is the program's output: write returns the length, print(file=) goes through it.
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""), sys.stdout.flush(), sys.stdout.isatty(), sys.stdout.writable())
sys.stdout.writelines(["a", "b\n"])
print("via file", 1, sep="-", file=sys.stdout)
print(repr(sys.stdout), sys.stdout.encoding)
for bad in [lambda: sys.stdout.write(5), lambda: sys.stdout.write(b"x"), lambda: sys.stdout.write()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# The exception being handled.
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError as e:
    t, v, tb = sys.exc_info()
    print(t, v is e, tb is not None, sys.exception() is e, type(sys.exception()).__name__)
    try:
        {}["k"]
    except KeyError:
        print(sys.exc_info()[0], repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())


def inner():
    return sys.exception()


try:
    raise ValueError("boom")
except ValueError:
    print(repr(inner()))
try:
    sys.exc_info(1)
except TypeError as e:
    print("TypeError:", e)

# Encodings, interning, string limits.
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.intern("abc"), sys.get_int_max_str_digits())
print(sys.float_repr_style, sys.maxsize > 2**31, sys.maxunicode == 0x10FFFF, sys.hexversion >> 24)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
