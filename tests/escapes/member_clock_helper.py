# expect: member datetime.datetime.now
# deny: datetime.datetime.now
# Sandpit's private helper that reads the clock for now() (not in CPython), given a made-up name.
import datetime
print('ESCAPED', datetime._now('harmless'))
