# strptime's directives accept what CPython's patterns accept: ranges per field (a
# number too big leaves its last digit to what follows), full vs abbreviated names,
# two-digit %y, for datetime.strptime and time.strptime alike.
from datetime import datetime
import time
for text, fmt in [('2024-13-01', '%Y-%m-%d'), ('13 PM', '%I %p'), ('Feb', '%B'), ('February', '%b'), ('25:00', '%H:%M'),
                  ('131', '%m%d'), ('1231', '%m%d'), ('0', '%d'), ('00', '%m'), ('5', '%y'), ('2024 000', '%Y %j'),
                  ('2024 366', '%Y %j'), ('2023 367', '%Y %j'), ('12:60', '%H:%M'), ('12:30:61', '%H:%M:%S'),
                  ('Mon', '%A'), ('Monday', '%a'), ('  5', '%d'), ('Sept', '%b'), ('2024-02-30', '%Y-%m-%d'),
                  ('7 2024', '%d %Y'), ('10:5', '%H:%M'), ('123', '%H%M'), ('1', '%I'), ('0', '%I')]:
    for which in ('datetime', 'time'):
        try:
            if which == 'datetime':
                print(repr(datetime.strptime(text, fmt)))
            else:
                print(tuple(time.strptime(text, fmt))[:6])
        except ValueError as e:
            print('ValueError', e)
