import statistics as st

year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
r = st.linear_regression(year, films)
print(r, r.slope, r.intercept, round(r.slope * 2019 + r.intercept))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(st.linear_regression([1.5, 2.5, 4], [3, 1, 0]))
slope, intercept = st.linear_regression([1, 2], [3, 5])
print(slope, intercept, len(r), r[0] == r.slope)
print(st.covariance([1.5, 2.5, 3.5], [7, 2, 9]), st.correlation([1, 2, 3, 4], [1, 4, 9, 16]))
for args in (([1, 1, 1], [1, 2, 3]), ([1], [2]), ([1, 2], [1])):
    try:
        st.linear_regression(*args)
    except st.StatisticsError as e:
        print('StatisticsError', e)
