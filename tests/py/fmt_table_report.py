# Putting formatting together: an aligned report table.
rows = [
    ("Widget", 4, 3.5),
    ("Gadget with a long name", 12, 10.0),
    ("Thing", 1000, 0.25),
    ("Doohickey", 0, 1234.5),
]
w = max(len(r[0]) for r in rows)
header = f"{'Item':<{w}} | {'Qty':>6} | {'Price':>10} | {'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{w}} | {qty:>6,} | {price:>10.2f} | {total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<{w}} | {'':>6} | {'':>10} | {grand:>12,.2f}")
print("%-10s%8s" % ("left", "right"))
for i in range(1, 4):
    print("%3d. %-8s %6.1f%%" % (i, "row" + str(i), i * 12.5))
print("{:^30}".format(" centered title "))
print("{0:*^30}".format(" stars "))
