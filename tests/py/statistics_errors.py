import statistics as st

checks = [
    ('mean', lambda: st.mean([])), ('fmean', lambda: st.fmean([])), ('variance', lambda: st.variance([1])),
    ('pvariance', lambda: st.pvariance([])), ('stdev', lambda: st.stdev([])), ('pstdev', lambda: st.pstdev(iter([]))),
    ('median', lambda: st.median([])), ('median_low', lambda: st.median_low([])), ('median_high', lambda: st.median_high([])),
    ('median_grouped', lambda: st.median_grouped([])), ('mode', lambda: st.mode([])), ('quantiles n', lambda: st.quantiles([1, 2], n=0)),
    ('quantiles data', lambda: st.quantiles([1])), ('quantiles method', lambda: st.quantiles([1, 2], method='x')),
    ('geometric', lambda: st.geometric_mean([1, -2])), ('geometric empty', lambda: st.geometric_mean([])),
    ('harmonic', lambda: st.harmonic_mean([])), ('harmonic neg', lambda: st.harmonic_mean([1, -2])),
    ('harmonic weights', lambda: st.harmonic_mean([1, 2], weights=[1])), ('mean str', lambda: st.mean(['a', 'b'])),
    ('fmean weights', lambda: st.fmean([1, 2], weights=[1])), ('fmean zero', lambda: st.fmean([1, 2], weights=[0, 0])),
    ('covariance', lambda: st.covariance([1], [1])), ('covariance len', lambda: st.covariance([1, 2], [1])),
    ('correlation const', lambda: st.correlation([1, 1], [1, 2])), ('harmonic one neg', lambda: st.harmonic_mean([-1])),
]
for name, f in checks:
    try:
        print(name, f())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(name, type(e).__name__, e, isinstance(e, ValueError))
st.mean([])
