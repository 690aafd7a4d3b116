# expect: member datetime.datetime.now
# deny: datetime.datetime.now
# today() is now() without a time zone: the same wall clock.
import datetime
print('ESCAPED', datetime.datetime.today())
