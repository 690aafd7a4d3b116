import statistics as st

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance([1, 2, 3, 4]), st.variance(data), st.variance([1, 3, 5]), type(st.variance([1, 3, 5])).__name__)
print(st.pvariance([1, 2, 3, 4]), st.pvariance(data), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([5]))
print(st.stdev([1, 2, 3, 4]), st.stdev(data), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([2, 2, 2]))
print(st.pstdev([1, 2, 3, 4]), st.pstdev(data), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([7]))
print(st.variance(data, st.mean(data)), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([1, 2, 3, 4], xbar=2), st.pstdev([1, 2, 3], 2))
print(st.variance([0.1] * 3 + [0.2] * 4), st.stdev([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]), st.variance(range(100)), st.pvariance(range(10)))
print(st.variance([10**20, 10**20 + 2]), st.stdev([True, False, True, False]), st.variance([1, 2.5]))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__name__)
