# Sweeps statistics over deterministic pseudo-random int and float data sets.
import statistics as st

state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state

def dataset(k):
    r = rnd()
    n = 1 + r % 9
    if k % 3 == 0:
        return [(rnd() % 2001) - 1000 for _ in range(n)]
    if k % 3 == 1:
        return [((rnd() >> 11) / 2**53 - 0.5) * 10.0 ** ((rnd() % 12) - 4) for _ in range(n)]
    return [(rnd() % 100) if rnd() & 1 else (rnd() % 1000) / 8 for _ in range(n)]

funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
         st.mode, st.multimode, st.pvariance, st.pstdev, st.variance, st.stdev, st.quantiles]
for k in range(60):
    data = dataset(k)
    row = []
    for f in funcs:
        try:
            row.append(repr(f(data)))
        except st.StatisticsError as e:
            row.append('E:' + str(e))
    if all(x > 0 for x in data):
        row.append(repr(st.harmonic_mean(data)))
        row.append(repr(round(st.geometric_mean(data), 10)))
    print(k, ' | '.join(row))
