# Wrong types, overflow and naive/aware mixing across datetime's classes, with CPython's
# messages; plus the operations that work across classes.
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 3, 10)
t = time(8, 30)
n = datetime(2024, 3, 10, 8, 30)
a = datetime(2024, 3, 10, 8, 30, tzinfo=timezone.utc)
td = timedelta(hours=1)

cases = [
    lambda: d + 1,
    lambda: 1 + d,
    lambda: d - 1,
    lambda: d + d,
    lambda: d - n,
    lambda: n - d,
    lambda: d * 2,
    lambda: t + td,
    lambda: t - t,
    lambda: td + 1,
    lambda: td - 1.5,
    lambda: td * td,
    lambda: td * 'x',
    lambda: td / 'x',
    lambda: 2 / td,
    lambda: td // 1.5,
    lambda: td % 2,
    lambda: d < 1,
    lambda: td < 1,
    lambda: t < 1,
    lambda: n < d,
    lambda: a < n,
    lambda: a - n,
    lambda: n - a,
    lambda: n == a,
    lambda: d == n,
    lambda: time(1, tzinfo=timezone.utc) == time(1),
    lambda: timedelta(foo=1),
    lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8),
    lambda: timedelta(1, days=1),
    lambda: timedelta(days=2**31),
    lambda: timedelta(days=-2**31),
    lambda: timedelta.max * 3,
    lambda: timedelta.max + timedelta(1),
    lambda: -timedelta.min,
    lambda: -timedelta.max,
    lambda: abs(timedelta.min),
    lambda: timedelta.min - timedelta(1),
    lambda: timedelta.max * 2,
    lambda: timedelta(seconds=10**20),
    lambda: d.replace(month=13),
    lambda: d.replace(hour=1),
    lambda: d.replace(2025, 1, 1, 1),
    lambda: d.replace(None),
    lambda: d.replace(2020, year=2021),
    lambda: n.replace(1, 1, 1, 1, 1, 1, 1, None, 0),
    lambda: t.replace(1, 1, 1, 1, None, 0),
    lambda: t.replace(fold=2),
    lambda: n.replace(minute=99),
    lambda: t.replace(second=-1),
    lambda: n.isoformat(sep='--'),
    lambda: n.isoformat(sep=1),
    lambda: n.isoformat(sep=''),
    lambda: n.isoformat('\u00e9'),
    lambda: t.isoformat(timespec='days'),
    lambda: d.strftime(5),
    lambda: date.fromisoformat('2024-02-30'),
    lambda: date.fromisoformat(''),
    lambda: datetime.fromisoformat('2024-01-01T10:00:00+25:00'),
    lambda: datetime.fromisoformat(None),
    lambda: datetime.fromisoformat('2024-01-01T10:00:00+24:00'),
    lambda: time.fromisoformat('10:00+99:00'),
    lambda: datetime.fromisoformat('2024-01-01T10:00:00-23:59:59.999999'),
    lambda: time.fromisoformat('10:00:00.1234567'),
    lambda: timezone(timedelta(hours=1), 5),
    lambda: timezone(timedelta(microseconds=1)),
    lambda: timezone(timedelta(hours=-24)),
    lambda: date.fromordinal(3652060),
    lambda: date.fromisocalendar(2024, 54, 1),
    lambda: date.fromisocalendar(2024, 1, 8),
    lambda: date.fromisocalendar(2024, 0, 1),
    lambda: date.fromisocalendar(0, 1, 1),
    lambda: date.fromisocalendar(2021, 53, 1),
    lambda: date.fromisocalendar(2020, 53, 1),
    lambda: date.fromordinal(-5),
    lambda: datetime(2024, 1, 1, 0, 0, 0, -1),
    lambda: datetime(2024, 1, 1, tzinfo='UTC'),
    lambda: datetime.combine(d, 5),
    lambda: datetime.combine(5, t),
    lambda: date(2024, '1', 1),
    lambda: date(year=2024, month=1),
    lambda: time(hour=1.0),
    lambda: a.astimezone(5),
    lambda: date.max + timedelta(days=1),
    lambda: date.min - timedelta(days=1),
    lambda: datetime.min - timedelta(microseconds=1),
    lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(timezone.utc),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)

# What does work across classes.
print(d + timedelta(hours=25), d - timedelta(hours=1), timedelta(days=2) + d)
print(n - timedelta(minutes=31), timedelta(seconds=1) + n, a - a, n - n)
print(td * 2.5, 2.5 * td, td / 4, td // 4, td / timedelta(minutes=7), td // timedelta(minutes=7))
print(td % timedelta(minutes=7), divmod(td, timedelta(minutes=-7)), -td // 7, td * True)
print(d != 1, td != 1, n != a, d == d.replace(), t == t.replace(), a == n.replace(tzinfo=timezone.utc))
print(timedelta(days=1, hours=-24), timedelta(days=-1, hours=24, microseconds=-1), repr(timedelta(seconds=86400 * 3 + 1)))
print(abs(timedelta(hours=-1)), timedelta.max - timedelta.max, timedelta.min + timedelta.max, repr(timedelta.min + timedelta(1)))
print(timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1).total_seconds())
print(datetime(2024, 3, 10, 8, 30, tzinfo=timezone(timedelta(hours=-8))) - a)
print(datetime(2020, 2, 29) + timedelta(days=365), date(2020, 2, 29).replace(year=2024))
print(d.weekday(), d.isoweekday(), d.isocalendar(), n.weekday(), n.isoweekday(), n.isocalendar())
