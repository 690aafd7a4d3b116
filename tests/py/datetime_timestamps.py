from datetime import datetime, timezone, timedelta
import time

vals = [1700000000.123456, 1234567890.9999995, -1.0000005, 0.5e-6, 1.5e-6, 2.5e-6, 86399.9999999, 1e9 + 0.1, 253402300799.0]
x = 0.1234567
for i in range(40):
    x = (x * 7919.123 + 0.377) % 1.0
    vals.append(x * 4e9 - 1e9)
for v in vals:
    d = datetime.fromtimestamp(v)
    u = datetime.fromtimestamp(v, timezone(timedelta(hours=-7)))
    print(repr(v), d, u, d.timestamp() == datetime.utcfromtimestamp(v).timestamp(), time.gmtime(v)[:6])
for s in ['2024-01-01T00:00:00', '1999-12-31T23:59:59.999999', '9999-12-31T23:59:59']:
    d = datetime.fromisoformat(s)
    print(d.timestamp(), d.replace(tzinfo=timezone.utc).timestamp(), d.toordinal(), d.isocalendar())
