# strftime/strptime directives over a spread of dates, and the text forms (str, repr,
# isoformat, ctime, format()) of each class.
from datetime import date, time, datetime, timedelta, timezone

codes = ['%a', '%A', '%w', '%d', '%b', '%B', '%m', '%y', '%Y', '%H', '%I', '%p', '%M',
         '%S', '%f', '%z', '%Z', '%j', '%U', '%W', '%c', '%x', '%X', '%%', '%G', '%u', '%V',
         '%e', '%D', '%F', '%T', '%R', '%h', '%n', '%t', '%C', '%g', '%r']
moments = [datetime(2024, 1, 1, 0, 0, 0), datetime(2023, 12, 31, 23, 59, 59, 999999),
           datetime(2021, 1, 3, 12, 5, 6, 7), datetime(1999, 7, 4, 13, 0, 1, 500000),
           datetime(2, 2, 2, 2, 2, 2), datetime(2024, 2, 29, 11, 30, tzinfo=timezone.utc),
           datetime(2024, 6, 15, 18, 45, tzinfo=timezone(timedelta(hours=-7), 'MST'))]
for m in moments:
    print(repr(m))
    print(' | '.join(code + '=' + m.strftime(code) for code in codes))
    print(m.strftime('%Y-%m-%dT%H:%M:%S.%f%z'), m.strftime(''), m.strftime('plain text'))

print(date(2024, 5, 6).strftime('%d/%m/%Y %H:%M:%S %f %p'), time(15, 4, 5, 6).strftime('%H %I %p %M %S %f %Y %d'))
print(time(0, 0).strftime('%I %p'), time(12, 0).strftime('%I %p'), time(23, 0).strftime('%I %p'))
print(format(date(2024, 5, 6), '%A'), format(time(7, 8), '%H.%M'), format(datetime(2024, 5, 6, 7), '%c'))
print('{:%Y}'.format(date(2020, 1, 1)), f'{datetime(2020, 1, 1, 5):%H:%M}', f'{date(2020, 1, 1)!r}')
print(datetime(2024, 1, 1, 0, 0).strftime('%%Y is %Y and %%%%'), date(2024, 1, 1).strftime('%Y%%'))

for text, fmt in [('2024-02-29', '%Y-%m-%d'), ('29 Feb 2024', '%d %b %Y'), ('Thursday, February 29, 2024', '%A, %B %d, %Y'),
                  ('12:30:45 PM', '%I:%M:%S %p'), ('12:30:45 AM', '%I:%M:%S %p'), ('2024/060', '%Y/%j'),
                  ('99', '%y'), ('68', '%y'), ('69', '%y'), ('5', '%d'), ('2024-01-01 10:00 +05:45', '%Y-%m-%d %H:%M %z'),
                  ('Z', '%z'), ('2024-03-04T05:06:07.89', '%Y-%m-%dT%H:%M:%S.%f'), ('  2024', '%Y'),
                  ('1/2/2024', '%m/%d/%Y')]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print('ValueError', e)
for text, fmt in [('2024-01-01 extra', '%Y-%m-%d'), ('2024', '%Y %m'), ('', '%Y'), ('2024-02-30', '%Y-%m-%d'),
                  ('+2500', '%z'), ('abc', 'abc%'), ('x', '%Y')]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: datetime.strptime(2024, '%Y'), lambda: datetime.strptime('2024', 5), lambda: date(2024, 1, 1).strftime(),
            lambda: time().strftime(None), lambda: datetime(2024, 1, 1).strftime(b'%Y')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

for v in [date(1, 1, 1), date(9999, 12, 31), time(), time(23, 59, 59, 999999), time(1, tzinfo=timezone(timedelta(minutes=-90))),
          datetime(2024, 1, 1, 0, 0, 0, 1), datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=1))),
          datetime(2024, 1, 1, tzinfo=timezone(timedelta(microseconds=-1)))]:
    print(str(v), repr(v), v.isoformat(), format(v, ''))
print(datetime(2024, 1, 1).strftime(format='%d'), date(2024, 1, 7).ctime(), datetime(2024, 11, 24, 23, 5, 9).ctime(), datetime(2024, 1, 1).isoformat('x', 'hours'))
