# Float comparisons, NaN semantics, and sorting with floats.
nan = float("nan")
inf = float("inf")
print(nan == nan, nan is nan, nan != nan, nan < nan, nan >= nan)
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan), lst.index(nan))
print(float("nan") in [float("nan")])
print(-inf < -1e308 < 0 < 1e-308 < 1e308 < inf)
print(0.0 == -0.0, 0.0 < -0.0, -0.0 < 0.0)
print(sorted([3.5, -1.0, inf, 0.0, -inf, 2.25]))
print(sorted([3, 1.5, 2, 2.0, 1]))
print(max([0.1, 0.3, 0.2]), min([0.1, 0.3, 0.2]))
print(1.0 < 2 < 2.5, 0.1 + 0.2 > 0.3, 0.1 + 0.2 >= 0.3)
print(abs(1.1 * 3 - 3.3) < 1e-12)
print(round(0.1 + 0.2, 5) == round(0.3, 5))
print(min(nan, 1.0) != min(nan, 1.0), min(1.0, nan))
d = {0.5: "half", 1.0: "one"}
print(d[1], d[0.5], 1 in d, 2.0 in d)
print(1e16 == 1e16 + 1, 2.0 ** 53 == 2.0 ** 53 + 1)
