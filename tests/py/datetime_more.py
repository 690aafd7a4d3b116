from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dtmod

class MyDate(date):
    pass

class MyDT(datetime):
    pass

md = MyDate(2020, 5, 17)
print(repr(md), type(md + timedelta(1)).__name__, md.replace(day=1))
m = MyDT(2021, 3, 4, 5, 6, 7)
print(repr(m), m + timedelta(seconds=1))
print(repr(timedelta(days=1/3)), repr(timedelta(seconds=-0.0000015)), repr(timedelta(minutes=-1.25)))
print(timedelta(hours=1) * -1.5, timedelta(seconds=1) * (1/3), timedelta(days=-1, seconds=-1), str(-timedelta(microseconds=5)))
print(timedelta(days=7) // timedelta(hours=-5), timedelta(days=7) % timedelta(hours=-5), -timedelta(days=7) // 5)
print(timedelta(seconds=10) / timedelta(seconds=4), timedelta(seconds=5) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(timedelta(seconds=3).total_seconds(), timedelta(days=-1).total_seconds(), timedelta(microseconds=1).total_seconds())
print(timedelta(1) == 1, timedelta(1) != 'x', timedelta(0) in [timedelta()], {timedelta(1): 'a'}[timedelta(hours=24)])
tz5 = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=tz5)
print(a, a.isoformat(timespec='milliseconds'), a.utcoffset(), a.tzname(), a.dst(), a.timestamp())
print(a.astimezone(timezone.utc), a.astimezone(timezone(timedelta(hours=-8), 'PST')), a + timedelta(microseconds=1))
print(a.timetuple(), a.utctimetuple())
print(datetime.fromtimestamp(1709251199.5, tz5), datetime.fromtimestamp(0.999999), datetime.fromtimestamp(-0.000001))
print(datetime(2024, 1, 1, tzinfo=tz5) == datetime(2023, 12, 31, 18, 30, tzinfo=timezone.utc))
print(datetime(1, 1, 1) + timedelta(days=3652058), date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar())
print(date.fromisoformat('20240304'), date.fromisoformat('2024-W10-2'), datetime.fromisoformat('2024-03-04T10'))
print(repr(datetime.fromisoformat('2024-03-04T10:11:12,5-02:00')), repr(time.fromisoformat('T101112')))
print(repr(time(10, tzinfo=tz5)), time(10, tzinfo=tz5).utcoffset(), time(10, 30, tzinfo=tz5) == time(5, tzinfo=timezone.utc))
print(time(1, 2, 3, 4).strftime('%H %M %S %f'), format(time(4, 5), ''), '{:%H:%M}'.format(datetime(2024, 1, 1, 9, 8)))
print(date(2024, 1, 1).strftime('%f %H %z %Z|'), datetime(2024, 1, 1, tzinfo=timezone.utc).strftime('%z %Z'))
print(date(5, 1, 1).strftime('%Y %y'), datetime(2024, 7, 4, 0, 0).strftime('%I %p %l'), date(2024, 7, 4).ctime())
print(datetime.combine(date(2024, 1, 1), time(12, tzinfo=tz5), tzinfo=None), date.today.__name__)
print(sorted([datetime(2024, 1, 1, 12), datetime(2023, 1, 1), datetime(2024, 1, 1, 11, 59)]))
print(max(date(2024, 1, 1), date(2023, 12, 31)), min(timedelta(1), timedelta(-1)))
print(datetime(2024, 1, 1).replace(tzinfo=tz5).replace(tzinfo=None), time(5).replace(minute=30, tzinfo=timezone.utc))

class Fixed(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-3)
    def tzname(self, dt):
        return 'BRT'
    def dst(self, dt):
        return timedelta(0)

f = datetime(2024, 5, 5, 10, tzinfo=Fixed())
print(f.isoformat(), f.tzname(), f.utcoffset(), f.strftime('%z %Z'), f.astimezone(timezone.utc))
print(f - datetime(2024, 5, 5, 10, tzinfo=timezone.utc), f.timetuple().tm_isdst)
print(datetime.strptime('Tuesday 2 January 2024', '%A %d %B %Y'), datetime.strptime('24-1-2 3:4:5', '%y-%m-%d %H:%M:%S'))
print(datetime.strptime('100%', '%j%%'), repr(datetime.strptime('+0000', '%z')), repr(datetime.strptime('-05:30', '%z')))
for bad in [lambda: datetime.strptime('2024-02-30', '%Y-%m-%d'), lambda: datetime.strptime('x', '%Q'),
            lambda: datetime.fromisoformat('2024-01-01T25:00'),
            lambda: time(1, tzinfo=timezone.utc) < time(2),
            lambda: date.fromordinal(0), lambda: datetime.fromtimestamp(float('nan')), lambda: timedelta(1) // 0,
            lambda: timedelta(1) % timedelta(0), lambda: time.fromisoformat('1:2'), lambda: date.fromisoformat(20240101),
            lambda: timezone(5), lambda: datetime(2024, 1, 1, fold=2), lambda: a.isoformat(timespec='nanoseconds'),
            lambda: date(2024, 1, 32), lambda: timedelta(weeks=float('nan'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
