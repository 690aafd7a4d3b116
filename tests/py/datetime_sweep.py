# A sweep over pseudo-random dates, times and offsets (a fixed LCG, no random module):
# ordinals, weekdays, ISO calendars, arithmetic, timestamps and text round trips must
# agree with CPython for every value.
from datetime import date, time, datetime, timedelta, timezone

state = 12345


def draw(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n


lines = []
for _ in range(90):
    d = date.fromordinal(1 + draw(3652059))
    t = time(draw(24), draw(60), draw(60), draw(1000000) if draw(2) else 0)
    offset = timedelta(minutes=draw(24 * 60 * 2 - 1) - (24 * 60 - 1)) if draw(3) else None
    tz = None if offset is None else (timezone.utc if not offset else timezone(offset))
    dt = datetime.combine(d, t, tzinfo=tz)
    delta = timedelta(days=draw(20000) - 10000, seconds=draw(86400), microseconds=draw(10**6))
    parts = [d.isoformat(), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal(),
             d.strftime('%a %b %d %j %U %W'), dt.isoformat(), str(dt), repr(t)]
    try:
        parts.append((dt + delta).isoformat())
    except OverflowError as e:
        parts.append('OverflowError %s' % e)
    try:
        parts.append((d - delta).isoformat())
    except OverflowError as e:
        parts.append('OverflowError %s' % e)
    parts.append(datetime.fromisoformat(dt.isoformat()) == dt)
    parts.append(date.fromisoformat(d.isoformat()) == d)
    parts.append(date.fromisocalendar(*d.isocalendar()) == d)
    if tz is not None and 2 <= d.year <= 9998:
        parts.append(dt.timestamp())
        parts.append(dt.astimezone(timezone.utc).isoformat())
        parts.append(datetime.fromtimestamp(dt.timestamp(), timezone.utc) == dt)
    parts.append(str(delta))
    parts.append(repr(delta * (draw(7) - 3)))
    parts.append(delta.total_seconds())
    parts.append(repr(delta / (draw(5) + 1)))
    parts.append(delta // timedelta(hours=draw(50) + 1))
    parts.append(repr(delta % timedelta(minutes=draw(1000) + 1)))
    lines.append(' '.join(map(str, parts)))
print('\n'.join(lines))
