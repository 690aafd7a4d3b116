# expect: member datetime.datetime.now
# deny: datetime.datetime.now
# functools.partial (stdlib code) calls the method for the program.
import datetime
import functools
clock = functools.partial(datetime.datetime(2000, 1, 1).now)
print('ESCAPED', clock())
