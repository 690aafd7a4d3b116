# expect: member datetime.datetime.now
# deny: datetime.datetime.now
# utcnow() is now() in UTC.
import datetime
print('ESCAPED', datetime.datetime.utcnow())
