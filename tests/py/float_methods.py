# float methods: is_integer, as_integer_ratio, conjugate, real/imag, int conversions.
for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e20, 0.1, 2.5e-3]:
    print(v, v.is_integer(), v.as_integer_ratio())
print(float("inf").is_integer(), float("nan").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((3.5).conjugate(), (3.5).real, (3.5).imag)
print(int(3.7), int(-3.7), int(1e20), int(2.5e-3))
n, d = (0.75).as_integer_ratio()
print(n, d, n / d)
print(float.is_integer(4.0), float.__name__)
print(int(1e16), int(-1e16), int(1.9999999999999999))
