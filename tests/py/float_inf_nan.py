# Infinity and NaN behaviour in arithmetic, containers, and conversions.
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + inf, inf * inf, -inf * inf, inf / 2, 2 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(inf - inf, inf / inf, 0 * inf, nan + inf)
print(inf == float("infinity"), -inf == float("-Inf"))
print(max(inf, 1e308), min(-inf, -1e308), max([1, nan]), max([nan, 1]))
print(sorted([inf, 1, -inf, 0]))
print(int(1e308) > 0, len(str(int(1e308))))
for conv in [int, round]:
    for v in [inf, -inf, nan]:
        try:
            print(conv(v))
        except (OverflowError, ValueError) as e:
            print(conv.__name__, type(e).__name__, e)
print(inf % 2 != inf % 2, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
try:
    print(inf // 1)
except Exception as e:
    print(type(e).__name__, e)
print(divmod(5.0, inf))
print(abs(-inf), -(-inf), +nan != nan)
print(f"{inf:5}|{nan:>6}|{-inf:<6}|{inf:.2f}|{inf:e}|{inf:%}")
print(bool(nan), bool(inf), bool(0.0))
