import sys

print(sys.version[:4], type(sys.version).__name__)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info[0], len(sys.version_info), tuple(sys.version_info)[:2], isinstance(sys.version_info, tuple))
print(sys.version_info.releaselevel)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, type(sys.argv).__name__)
print(repr(sys.float_info.max), sys.float_info.dig, sys.float_info.epsilon, sys.float_info.mant_dig, sys.float_info.min)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(type(sys.getrecursionlimit()).__name__, sys.getsizeof(1) > 0, sys.getsizeof([1, 2, 3]) > sys.getsizeof([]))
print(sys.getsizeof(0), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(1.0), sys.getsizeof(None))
for bad in (0, -5, 1.5):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.exit()
except SystemExit as e:
    print('exit', repr(e), e.args, e.code)
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.code)
try:
    sys.exit('bye')
except SystemExit as e:
    print('exit', e.code)
print(sys.float_info)
