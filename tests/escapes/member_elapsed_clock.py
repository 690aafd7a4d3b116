# expect: member time.monotonic
# deny: time.monotonic
# perf_counter() reads the same elapsed-time clock as monotonic().
import time
print('ESCAPED', time.perf_counter())
