# expect: member time.gmtime
# deny: time.gmtime
# Sandpit's private helper behind gmtime() and localtime() (not in CPython), without a time.
import time
print('ESCAPED', time._gmtime(None))
