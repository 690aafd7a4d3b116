# expect: member datetime.datetime.now
# deny: datetime.datetime.now
# The time module reads the same wall clock as datetime.
import time
print('ESCAPED', time.time())
