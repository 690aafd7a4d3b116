# f-string format specs and nested replacement fields.
pi = 3.14159265
for w in (6, 10):
    for p in (1, 3):
        print(f"[{pi:{w}.{p}f}] [{pi:<{w}.{p}f}] [{pi:^{w}.{p}}]")
n = 1234567
print(f"{n:,} {n:_} {n:,.2f} {n:>12,} {n:012,} {n:e} {n:.2e}")
print(f"{n:x} {n:X} {n:#x} {n:o} {n:#o} {n:b} {n:#b} {n:_b}")
print(f"{-n:+} {n:+} {n: } {-n: } {n:=+12} {-n:=12}")
print(f"{42:c}{10:c}", end="|\n")
print(f"{0.25:%} {0.25:.0%} {1/3:.2%} {2:%}")
fill, align, width = "*", "^", 11
print(f"{'mid':{fill}{align}{width}}")
print(f"{'left':-<9}|{'right':->9}|{'ctr':-^9}")
print(f"{3.5:g} {3.0:g} {1e-7:g} {123456789:g} {0.0001:.1g}")
print(f"{True:d} {False:5} {True!s:>6} {None!s:^8}|")
print(f"{'abc':.2} {'abcdef':5.3}| {'ab':>5.1}|")
value = 12.3456
spec = ".2f"
print(f"{value:{spec}} {value:>{10}{spec}}")
print(f"{-0.5:.0f} {0.5:.0f} {1.5:.0f} {-1.5:.0f}")
