# Misc builtins used together: divmod for time formatting, round for money, format for tables.
def hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return f"{d}d {h:02}:{m:02}:{s:02}"

for secs in [0, 59, 61, 3600, 86399, 90061, 1000000]:
    print(secs, hms(secs))
prices = [19.99, 5.005, 2.675, 100.0, 0.125]
print([round(p, 2) for p in prices], round(sum(prices), 2), format(sum(prices), ".2f"))
print(sorted(prices, key=lambda p: (round(p), -p)))
print(list(map(lambda p: format(p, ">8.2f"), prices)))
counts = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(counts), sum(counts), min(counts), max(counts), sum(counts) / len(counts), sorted(counts)[len(counts) // 2])
print(list(zip(*[divmod(n, 3) for n in range(5)])))
print(abs(-7) + pow(2, 3) + divmod(9, 4)[1] + round(2.5) + len("ab") + ord("A") - int("60"))
