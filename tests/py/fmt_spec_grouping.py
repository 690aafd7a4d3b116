# Thousands separators: , and _ with ints, floats, widths, and hex/bin.
for v in [0, 999, 1000, 1234567, -1234567, 10 ** 12, 2 ** 64]:
    print(f"{v:,} {v:_} {v:>16,} {v:016,} {v:+,}")
for v in [1234.5, -9876543.21, 0.001, 1e10]:
    print(f"{v:,} {v:,.2f} {v:_.1f} {v:,.3e} {v:,g}")
print(f"{0xFFFFFFFF:_x} {0b11111111:_b} {0o7777777:_o} {0xABCDEF:#_X}")
print(f"{1234:08,} {1234:09,} {1234:010,} {-1234:010,}")
print(f"{12345678:,d} {0.5:,%} {123456.789:,.1%}")
print("{:,}".format(1000000), format(1000000, ","), format(-1000, "_"))
for spec in [",x", ",b", ",o"]:
    try:
        print(format(255, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
for spec in [",s"]:
    try:
        print(format("abc", spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
try:
    print(format(1, ",_"))
except ValueError as e:
    print(type(e).__name__, e)
