# expect: member time.time
# deny: time.time
# Without an argument, ctime() formats the current time.
import time
print('ESCAPED', time.ctime())
