# expect: member datetime.datetime
# deny: datetime.datetime
# Denying a class denies its code, reached through a user subclass.
import datetime
class Mine(datetime.datetime):
    pass
print('ESCAPED', Mine(2000, 1, 1))
