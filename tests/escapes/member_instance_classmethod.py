# expect: member datetime.datetime.now
# deny: datetime.datetime.now
# A classmethod read from an instance (here a class constant) is the same function.
import datetime
print('ESCAPED', datetime.datetime.min.now())
