# format() and f-strings with datetime objects: strftime specs, empty specs, specs the
# class does not support (named by the C type), and values as dict/set keys.
from datetime import *
for f in [lambda: format(timedelta(1), ''), lambda: format(timedelta(1), 'x'), lambda: f'{timedelta(hours=1)!s:>12}', lambda: format(date(2020, 1, 1), 5),
          lambda: format(timezone.utc, ''), lambda: format(timezone.utc, 'x'), lambda: f'{date(2020,1,1):}', lambda: f'{time(1):%H}h',
          lambda: '{:%d}'.format(datetime(2020, 1, 9)), lambda: '%s' % date(2020, 1, 1), lambda: str(time(1, 2, 3, tzinfo=timezone.utc)),
          lambda: date(2020, 1, 1).__format__(''), lambda: datetime(2020,1,1).__str__(), lambda: repr(time(0, 0, 0, 1)),
          lambda: sorted({date(2020, 1, 2): 1, date(2020, 1, 1): 2}), lambda: {timedelta(0), timedelta()}, lambda: len({datetime(2020,1,1,tzinfo=timezone.utc), datetime(2020,1,1,1,tzinfo=timezone(timedelta(hours=1)))}),
          lambda: min(datetime(2020,1,1), datetime(2019,1,1)).year, lambda: bool(timedelta(microseconds=1)), lambda: timedelta(seconds=1.5) < timedelta(seconds=2),
          lambda: abs(datetime(2020,1,1) - datetime(2021,1,1)), lambda: (datetime(2020,1,1) - datetime(2021,1,1)).days]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
