import time

# Clocks: types and relations only (their values depend on the host and the policy).
t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, t0 > 1e9)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__)
print(time.monotonic() >= m0, time.perf_counter() >= p0, time.time_ns() >= int(t0 * 1e9) - 10**9)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)

# sleep advances the monotonic clocks by at least the requested time.
m1, p1 = time.monotonic(), time.perf_counter()
print(time.sleep(0.05), time.sleep(0), time.sleep(True) if False else None)
print(time.monotonic() - m1 >= 0.049, time.perf_counter() - p1 >= 0.049)
n1 = time.monotonic_ns()
time.sleep(0.01)
print(time.monotonic_ns() - n1 >= 9_000_000)

# Wrong arguments.
calls = [
    lambda: time.sleep(),
    lambda: time.sleep(-1),
    lambda: time.sleep(-0.5),
    lambda: time.sleep("1"),
    lambda: time.sleep(None),
    lambda: time.sleep(1, 2),
    lambda: time.sleep(float("nan")),
    lambda: time.time(1),
    lambda: time.monotonic(None),
    lambda: time.perf_counter(0),
    lambda: time.time_ns(1),
    lambda: time.gmtime("x"),
    lambda: time.gmtime(float("nan")),
    lambda: time.gmtime(float("inf")),
    lambda: time.localtime([]),
    lambda: time.ctime("0"),
    lambda: time.asctime((2020, 1)),
    lambda: time.asctime("abc"),
    lambda: time.strftime(5),
    lambda: time.strftime("%Y", (2020,)),
    lambda: time.mktime(0),
    lambda: time.strptime("x"),
    lambda: time.strptime(5, "%Y"),
    lambda: time.strptime("2020", 5),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
