# round(): half-to-even, ndigits positive/negative/zero, int vs float results.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(v, round(v), round(v, 0), round(v, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1234.5678, 2), round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -4))
print(round(-1234.5678, 1), round(-1234.5678, -2))
print(round(5), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(123456, -3), round(123500, -3), round(124500, -3), round(2 ** 70, -20))
print(type(round(7, 2)).__name__, round(7, 2))
print(round(0.1 + 0.2, 10), round(1e20, 2), round(1e-20, 5))
print(round(float("inf"), 2), round(-0.4), round(-0.0, 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(True), round(False, 3))
print([round(x / 10) for x in range(-20, 21, 5)])
