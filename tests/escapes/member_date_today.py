# expect: member datetime.datetime.now
# deny: datetime.datetime.now
# The date class reads the same clock.
import datetime
print('ESCAPED', datetime.date.today())
