# Timestamps at and past the supported range (time_t, the C library's int year, years
# 1..9999), tzinfo and timezone method argument checks, and assorted conversions.
from datetime import date, time, datetime, timedelta, timezone, tzinfo
for t in [1e17, 1e16, 6.7e16, 6.8e16, -6.2e16, -1e17, 2**63, -2**63 - 1, 2.5e11, 2.6e11, -6.3e10, -6.2e10, 253402300799, 253402300800, -62135596800, -62135596801, float('inf'), float('-inf'), float('nan')]:
    for f in (datetime.fromtimestamp, datetime.utcfromtimestamp, date.fromtimestamp):
        try:
            print(t, f(t))
        except Exception as e:
            print(t, type(e).__name__, e)
print(datetime.fromtimestamp(0, timezone(timedelta(hours=-5))), datetime.fromtimestamp(86400 * 365.25 * 30, timezone.utc))
for n in ['tzname', 'dst', 'utcoffset']:
    for obj in (timezone.utc, tzinfo()):
        try:
            print(getattr(obj, n)(None) if obj is timezone.utc else getattr(obj, n)(5))
        except Exception as e:
            print(type(e).__name__, e)
    try:
        getattr(timezone.utc, n)(5)
    except TypeError as e:
        print('TypeError', e)
for obj in (tzinfo(), timezone.utc):
    for arg in (5, datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1)))):
        try:
            print(obj.fromutc(arg))
        except Exception as e:
            print(type(e).__name__, e)
print(timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)), timezone.utc.utcoffset(datetime(2020, 1, 1)))
cases = [lambda: datetime.now(tz=5), lambda: datetime.now(5), lambda: datetime.fromtimestamp('x'),
         lambda: datetime.fromtimestamp(1e20), lambda: date.fromtimestamp(-1e20), lambda: datetime.utcfromtimestamp(None),
         lambda: datetime.combine(date(2020, 1, 1), time(1), 5), lambda: timezone(timedelta(hours=1)).utcoffset(5),
         lambda: timezone.utc.fromutc(datetime(2020, 1, 1)), lambda: timezone.utc.fromutc(5),
         lambda: datetime(2020, 1, 1).astimezone(timezone.utc).isoformat()[:19], lambda: tzinfo().utcoffset(None),
         lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset(), lambda: time(1, tzinfo=timezone.utc).isoformat(),
         lambda: time(1, 2, 3, 4000, tzinfo=timezone(timedelta(hours=-2))).isoformat('milliseconds'),
         lambda: datetime(2020, 1, 1) + 5, lambda: datetime(2020, 1, 1) > date(2020, 1, 1), lambda: date(2020, 1, 1) > datetime(2020, 1, 1),
         lambda: timedelta(hours=1) == 3600,          lambda: datetime(2020, 1, 1).timetuple().tm_yday, lambda: datetime(2020, 12, 31).timetuple()[:], lambda: date(2020, 2, 29).replace(year=2021),
         lambda: datetime.strptime('2020', '%Y').date(), lambda: datetime(2020, 1, 1, 12).date() == date(2020, 1, 1),
         lambda: divmod(timedelta(hours=5), 2), lambda: timedelta(hours=5) // 0.5, lambda: round(timedelta(seconds=1.5).total_seconds()),
         lambda: timedelta(microseconds=-1) < timedelta(0), lambda: sorted([timedelta(1), timedelta(-1), timedelta(0)]),
         lambda: str(timedelta(days=-1, seconds=1)), lambda: str(timedelta(days=1000000)), lambda: timedelta(days=999999999, hours=24),
         lambda: datetime.fromisoformat('2020-01-01T00:00:00.123+01:00').isoformat(), lambda: datetime.fromisoformat('2020-01-01 00:00'),
         lambda: date.fromisoformat('2020-01-01T00:00'), lambda: time.fromisoformat('12:30:45.5'), lambda: time.fromisoformat('12:30:45.123456789'),
         lambda: datetime.fromisoformat('2020-01-01T24:00'), lambda: datetime(2020, 1, 1).isoformat(timespec='hours'),
         lambda: time(12).isoformat(timespec='xx'), lambda: datetime.max.timestamp() if False else 0]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
