from statistics import NormalDist, StatisticsError

N = NormalDist()
D = NormalDist(100, 15)
print(N, D, repr(NormalDist(1, 0)), NormalDist(mu=2.5, sigma=0.5))
print(D.mean, D.median, D.mode, D.stdev, D.variance, type(NormalDist(3, 2).mean).__name__)
print(N.pdf(0), N.pdf(1.5), D.pdf(115), N.cdf(0), N.cdf(1.96), D.cdf(130), N.cdf(-40))
print(N.inv_cdf(0.5), N.inv_cdf(0.975), N.inv_cdf(0.01), N.inv_cdf(1e-12), D.inv_cdf(0.9), N.inv_cdf(0.999999))
print(N.quantiles(), D.quantiles(10), N.quantiles(n=3), N.quantiles(1))
print(N.zscore(1.5), D.zscore(70), N.overlap(NormalDist(1, 1)), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)), N.overlap(N), N.overlap(NormalDist(0, 2)))
print(D + 5, 5 + D, D - 5, 5 - D, D * 2, 2 * D, D * -1, D / 5, D / -5, +D, -D)
print(D + NormalDist(10, 20), D - NormalDist(10, 20), D == NormalDist(100, 15), D == NormalDist(100, 16), D != 3)
print(hash(D) == hash(NormalDist(100.0, 15.0)), len({D, NormalDist(100, 15), N}))
s = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(s, NormalDist.from_samples(iter([1, 2, 3, 4])), NormalDist.from_samples((1, 1)))
print(N.samples(3, seed=42), NormalDist(10, 2).samples(2, seed="x"), len(N.samples(5)), N.samples(0))

errors = [
    lambda: NormalDist(0, -1),
    lambda: NormalDist(1, 0).pdf(1),
    lambda: NormalDist(1, 0).cdf(1),
    lambda: NormalDist(1, 0).zscore(1),
    lambda: NormalDist(1, 0).inv_cdf(0.5),
    lambda: N.inv_cdf(0),
    lambda: N.inv_cdf(1),
    lambda: N.inv_cdf(-0.5),
    lambda: N.overlap(3),
    lambda: N.overlap(NormalDist(0, 0)),
    lambda: NormalDist.from_samples([1]),
    lambda: NormalDist.from_samples([]),
    lambda: NormalDist("a"),
    lambda: N.quantiles(0),
    lambda: D / 0,
    lambda: D + "x",
]
for f in errors:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, StatisticsError))
