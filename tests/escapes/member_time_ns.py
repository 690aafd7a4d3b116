# expect: member time.time
# deny: time.time
# time_ns() is time() in nanoseconds.
import time
print('ESCAPED', time.time_ns())
