# expect: member datetime.datetime.now
# deny: datetime.datetime.now
# The class reached through type() of an instance.
import datetime
cls = type(datetime.datetime(2000, 1, 1))
print('ESCAPED', cls.now())
