import statistics as st

# Result types follow the data: ints stay ints when exact, floats make floats, bools count as ints.
for data in [[1, 2, 3], [1, 2], [1.0, 2, 3], [True, True, False], [2, 4, 4, 4, 5, 5, 7, 9], (x for x in [3, 1, 2])]:
    data = list(data)
    print(repr(st.mean(data)), repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)),
          repr(st.pvariance(data)), repr(st.pstdev(data)), repr(st.mode(data)), st.multimode(data))
print(repr(st.variance([1, 2, 3, 4, 5])), repr(st.stdev([2, 4, 4, 4, 5, 5, 7, 9])), repr(st.fmean([1, 2])))
print(repr(st.mean([0.5, 1, 1.5])), repr(st.median([1, 2.0])), repr(st.mean(range(5))), repr(st.median(range(6))))
print(st.mode(["a", "b", "b"]), st.mode([(1, 2), (1, 2), 3]), st.mode([None, None]), st.multimode([1.5, 1.5, 2, 2]))
print(st.median(["b", "c", "a"]), st.median_low(["b", "a"]), st.median_high(["b", "a"]), st.mode("mississippi"))
print(st.geometric_mean([1, 10, 100]) == 10 or round(st.geometric_mean([1, 10, 100]), 12), st.harmonic_mean([1, 1, 1]))
print(st.quantiles(range(1, 11), n=4), st.quantiles(range(1, 11), n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=2))
print(st.quantiles([1, 2, 3], n=2), st.quantiles(iter([5, 1, 3, 2]), n=3), st.median_grouped([1, 2, 2, 3], 2))
print(st.mean([1e308, 1e308]), st.fmean([1e308, 1e308]), st.variance([1e308, -1e308]) if False else "skip")
print(st.pvariance([1, 2, 3], mu=2), st.variance([1, 2, 3], 2), st.pstdev([1.5, 2.5], 2.0), st.stdev([1, 3], xbar=2))

errors = [
    lambda: st.mean(["a", "b"]),
    lambda: st.mean([1, "2"]),
    lambda: st.mean(None),
    lambda: st.mean(5),
    lambda: st.median(None),
    lambda: st.median([1, "a"]),
    lambda: st.mode(5),
    lambda: st.mode([[1], [1]]),
    lambda: st.variance(["a", "b"]),
    lambda: st.pstdev([1, None]),
    lambda: st.fmean(["1"]),
    lambda: st.fmean(5),
    lambda: st.quantiles([1, 2], n="4"),
    lambda: st.quantiles([1, 2], n=1),
    lambda: st.median_grouped([1, 2], interval="x"),
    lambda: st.geometric_mean([0, 1]),
    lambda: st.harmonic_mean(["1"]),
    lambda: st.multimode(None),
    lambda: st.correlation([1, 2], [1, "2"]),
    lambda: st.linear_regression([1, 2], [3, 4], True),
]
for f in errors:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
