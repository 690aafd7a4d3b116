# strftime takes glibc's flags and widths, as CPython on Linux passes them through:
# %-d drops padding, %_H pads with spaces, %^a upper-cases, %10Y pads to a width.
import datetime, time
d = datetime.datetime(2024, 3, 5, 7, 4, 9, 123)
fmts = ["%-d %B, %-I %p", "%_d|%_H|%_m", "%0e|%0k", "%^a %^B %^p", "%#a %#B %#p", "%10Y|%3d|%-3d|%_5H", "%-j %j %-y %-m/%-d/%Y",
        "%-M:%-S", "%Ec %EY %Od", "%-Q %Q %5Q", "100%", "%", "%-", "%-%", "%_a", "%5a|%-5a|%_5A|%05B", "%-H%-M", "%#Z|%^Z", "%-f"]
for f in fmts:
    print(repr(f), repr(d.strftime(f)))
print(time.strftime("%-d/%-m %_H", time.gmtime(0)))
