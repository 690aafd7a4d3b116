import datetime
from datetime import date, time, datetime as dt, timedelta, timezone

print(datetime.MINYEAR, datetime.MAXYEAR)
d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(date.fromordinal(738887), date.fromisoformat('2024-02-29'), date.fromisocalendar(2020, 53, 7))
print(d + timedelta(days=30), d - timedelta(days=3), date(2024, 3, 1) - date(2024, 2, 1))
print(d.replace(day=31), d.strftime('%A %d %B %Y %j %a %b %y %m'), format(d, '%Y/%m/%d'), f'{d}')
print(d.ctime(), d.timetuple())
print(date.min, date.max, date.resolution, repr(date.max))
print(d == date(2024, 1, 2), d < date(2024, 1, 3), d >= date(2025, 1, 1), hash(d) == hash(date(2024, 1, 2)))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]))

t = time(3, 4, 5)
print(t, repr(t), repr(time()), repr(time(1, 2, 3, 4)), time(1, 2, 3, 450000).isoformat())
print(t.isoformat('hours'), t.isoformat('minutes'), t.isoformat('milliseconds'), t.isoformat('microseconds'))
print(time.fromisoformat('10:20:30.123'), time.fromisoformat('10:20'), time(12, 0, tzinfo=timezone.utc))
print(t.strftime('%H:%M:%S %p %I'), t < time(4), t == time(3, 4, 5), t.replace(hour=9))
print(time.min, time.max, repr(time(1, 2, tzinfo=timezone(timedelta(hours=2)))))

x = dt(2024, 1, 2, 3, 4, 5)
print(x, repr(x), repr(dt(2024, 1, 2)), repr(dt(2024, 1, 2, 3, 4, 5, 6)), repr(dt(2024, 1, 2, 0, 5)))
print(x.date(), x.time(), repr(x.date()), x.isoformat(), x.isoformat(' ', 'minutes'), x.isoformat(timespec='microseconds'))
print(x + timedelta(hours=23), x - timedelta(days=400), dt(2024, 3, 1) - x)
print(x.timestamp(), dt.fromtimestamp(1700000000), dt.utcfromtimestamp(1700000000.25), dt.fromtimestamp(0, timezone.utc))
print(dt.fromtimestamp(-1.5), dt.fromtimestamp(1.0000005))
print(dt.combine(d, t), dt.combine(d, time(1, tzinfo=timezone.utc)))
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z|%I %p %j %U %W %w'), x.ctime(), x.timetuple())
print(dt.strptime('2024-03-05 14:15:16', '%Y-%m-%d %H:%M:%S'), repr(dt.strptime('05/Mar/99 7:30 PM', '%d/%b/%y %I:%M %p')))
print(repr(dt.strptime('2024-01-01T00:00:00.5+0130', '%Y-%m-%dT%H:%M:%S.%f%z')))
print(repr(dt.strptime('2024-01-01 UTC', '%Y-%m-%d %Z')), dt.strptime('2024 100', '%Y %j'))
print(dt.fromisoformat('2024-01-02T03:04:05'), dt.fromisoformat('2024-01-02'), repr(dt.fromisoformat('2024-01-02 03:04:05.123456+05:30')))
print(repr(dt.fromisoformat('2024-01-02T03:04:05Z')), dt.fromisoformat('20240102T030405'))
print(x == dt(2024, 1, 2, 3, 4, 5), x < dt(2025, 1, 1), x == d, x.replace(year=2020, tzinfo=timezone.utc))
print(dt.min, dt.max, dt.resolution, x.weekday(), x.isocalendar(), x.toordinal())

u = dt(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
k = dt(2024, 6, 1, 14, 0, tzinfo=timezone(timedelta(hours=2), 'CEST'))
print(u == k, u - k, hash(u) == hash(k), u.astimezone(timezone(timedelta(hours=-5))), k.tzname(), k.utcoffset())
print(repr(u), repr(k), str(k), k.isoformat(), k.timestamp(), u.utctimetuple())
print(k.strftime('%z %Z'), dt(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime('%z'))

print(repr(timezone.utc), str(timezone.utc), repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=1), 'X')))
print(str(timezone(timedelta(hours=-1, minutes=-30))), timezone(timedelta(0)) == timezone.utc, timezone.min, timezone.max)

for td in [timedelta(), timedelta(1), timedelta(days=1, seconds=3600), timedelta(hours=-1), timedelta(microseconds=-1),
           timedelta(weeks=2, minutes=3.5), timedelta(seconds=0.5), timedelta(days=-3, hours=5), timedelta(milliseconds=1.5),
           timedelta(hours=1.5), timedelta(days=0.1), timedelta(microseconds=0.5), timedelta(microseconds=1.5)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a = timedelta(hours=5)
b = timedelta(minutes=7)
print(a + b, a - b, b - a, -a, abs(-a), +a, a * 3, 3 * a, a * 0.5, a / 2, a / b, a // b, a % b, divmod(a, b))
print(a // 7, a / 3.3, timedelta(seconds=1) / 3, timedelta(seconds=-1) / 3, a > b, a == timedelta(seconds=18000), bool(timedelta()))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(sum([timedelta(1), timedelta(2)], timedelta()))

for bad in [lambda: date(2024, 13, 1), lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(10000, 1, 1),
            lambda: time(24), lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10**6),
            lambda: dt(2024, 1, 1, 25), lambda: date(2024, 1.5, 1), lambda: date(2024),
            lambda: timedelta(days=10**9), lambda: date.max + timedelta(1), lambda: dt.max + timedelta(1),
            lambda: date.fromisoformat('2024-1-1'), lambda: dt.fromisoformat('nope'),
            lambda: dt.strptime('2024', '%Y-%m'), lambda: u - x, lambda: u < x, lambda: timedelta(1) / 0,
            lambda: timezone(timedelta(hours=24)), lambda: d < x, lambda: dt(2024, 1, 1, tzinfo=1),
            lambda: timedelta(days='1'), lambda: time.fromisoformat('25:00')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(u == x, x != u)
