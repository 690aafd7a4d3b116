# The 4300-digit limit on int->str conversion holds for every decimal conversion (str,
# repr, %d, format, f-strings) and lets exactly 4300 digits through; hex is not limited.
import sys
for n in (10**4299, 10**4300 - 1, 10**4300, -10**4300):
    for f in (str, repr, lambda v: "%d" % v, lambda v: format(v, "d"), lambda v: f"{v}", lambda v: format(v, ","), lambda v: "%i" % v, lambda v: "{:d}".format(v)):
        try:
            print(len(f(n)), end=" ")
        except ValueError as e:
            print("VE", end=" ")
    print()
print(len(hex(10**5000)), len(format(10**5000, "x")), len("%x" % 10**5000))
for f in (lambda v: format(v, "d"), lambda v: "%d" % v, lambda v: f"{v:,}", str):
    try:
        print(len(f(10**5000)))
    except ValueError as e:
        print("VE", e)
