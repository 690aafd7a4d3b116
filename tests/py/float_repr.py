# repr of floats: shortest round-tripping digits, exponent thresholds, specials.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3,
          1e16, 1e15, 123456789012345.6, 1e17, 1.5e300, 1e-4, 1e-5, 0.0001, 0.00001234,
          1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e100,
          float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.718281828459045,
          0.3, 1.1 * 3, 9007199254740993.0, 12345678.9, 0.000123]
for v in values:
    print(repr(v), str(v))
print(1e16 + 1, 1e16 + 2)
print(float(10 ** 16), float(10 ** 15), float(2 ** 60))
print([0.1, -0.0, 1e-7], (1.0,), {0.5: 2.25})
print(-0.0 == 0.0, str(-0.0), abs(-0.0))
print(1.0 * 0, -1.0 * 0, 0.0 * -5)
print(1e308 * 10, -1e308 * 10)
print(float("inf") - float("inf"))
print(float("inf") * 0)
print(0.1 * 3, 0.7 + 0.1, 4.35 * 100)
print(1.23e-10, 1.23e+10, 12e3, .5, 5., 1_000.000_1)
