import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(tuple(t), t[0], t[-1], len(t), t[:3])
for secs in [1700000000, 951782400, -1, -86400 * 365, 4102444800.9, 1e9]:
    g = time.gmtime(secs)
    print(g)
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %%', g))
    print(time.strftime('%c|%x|%X|%D|%T|%F|%e|%u|%V|%G|%C|%R|%z|%Z', g))
    print(time.asctime(g), time.mktime(g), time.ctime(secs))
print(time.localtime(86400 * 400))
print(time.strftime('%Y %m', (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s, s.tm_hour, s.tm_zone)
print(time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, 0)))
print(time.strptime('2024-03-05 14:15:16', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('5 Mar 99', '%d %b %y')[:8])
print(time.strptime('07:30 PM', '%I:%M %p')[:6])
print(time.timezone, time.altzone, time.daylight, time.tzname)
for bad in [lambda: time.strptime('2024-x', '%Y-%m'), lambda: time.strptime('2024-01-01x', '%Y-%m-%d'),
            lambda: time.struct_time((1, 2)), lambda: time.sleep(-1), lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
