# astimezone() without an argument converts to the local zone (UTC here), named as the
# C library names it; naive datetimes count as local time.
from datetime import *
x = datetime(2020,1,1,5).astimezone()
print(repr(x), x.tzname())
print(repr(datetime(2020,1,1,tzinfo=timezone(timedelta(hours=2))).astimezone()))
print(datetime.fromtimestamp(0), datetime(2020,1,1).timestamp())
