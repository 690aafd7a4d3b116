
MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_US_PER_DAY = 86400 * 1000000
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_EPOCH_ORDINAL = 719163
_INF = float('inf')

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]

def _name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__

def _int_field(value):
    if isinstance(value, int):
        return value + 0
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(value, '__index__'):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)

def _check_date(year, month, day):
    year = _int_field(year)
    month = _int_field(month)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day

def _check_time(hour, minute, second, microsecond, fold):
    hour = _int_field(hour)
    minute = _int_field(minute)
    second = _int_field(second)
    microsecond = _int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond

def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)

def _div_half_even(num, den):
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q

def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)

def _format_offset(off, sep):
    if off is None:
        return ''
    us = off._us
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    hh, rest = divmod(us, 3600 * 1000000)
    mm, rest = divmod(rest, 60 * 1000000)
    ss, frac = divmod(rest, 1000000)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or frac:
        text += '%s%02d' % (sep, ss)
        if frac:
            text += '.%06d' % frac
    return text

def _format_time(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')

def _check_offset(off, what):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(off).__name__))
    if not -_US_PER_DAY < off._us < _US_PER_DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24), not %r.' % (off,))
    return off

_TD_UNITS = (('weeks', 7 * _US_PER_DAY), ('days', _US_PER_DAY), ('hours', 3600000000),
             ('minutes', 60000000), ('seconds', 1000000), ('milliseconds', 1000),
             ('microseconds', 1))

_TD_ARGS = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')

def _td_arguments(args, kwargs):
    # timedelta is a C type in CPython: its argument errors name __new__().
    if len(args) > 7:
        raise TypeError('__new__() takes at most 7 arguments (%d given)' % (len(args) + len(kwargs)))
    values = dict(zip(_TD_ARGS, args))
    for name in kwargs:
        if name not in _TD_ARGS:
            raise TypeError('%r is an invalid keyword argument for __new__()' % (name,))
        if name in values:
            raise TypeError("argument for __new__() given by name ('%s') and position (%d)"
                            % (name, _TD_ARGS.index(name) + 1))
    values.update(kwargs)
    return [values.get(name, 0) for name in _TD_ARGS]

_NO_FORMAT = object()

def _format_arg(format):
    """strftime's one argument, as CPython's C methods check it."""
    if format is _NO_FORMAT:
        raise TypeError("strftime() missing required argument 'format' (pos 1)")
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % ('None' if format is None else type(format).__name__))
    return format

def _replace_values(current, args, kwargs, kwonly):
    """The fields for replace(): `current` (name -> value, in signature order, the
    keyword-only `kwonly` names last) updated from the call's arguments, with the
    argument errors of CPython's C replace()."""
    names = list(current)
    positional = len(names) - len(kwonly)
    if len(args) > positional:
        what = 'positional arguments' if kwonly else 'arguments'
        raise TypeError('replace() takes at most %d %s (%d given)'
                        % (positional, what, len(args) + len(kwargs)))
    values = dict(current)
    for name, value in zip(names, args):
        values[name] = value
    for name, value in kwargs.items():
        if name not in values:
            raise TypeError('%r is an invalid keyword argument for replace()' % (name,))
        if names.index(name) < len(args):
            raise TypeError("argument for replace() given by name ('%s') and position (%d)"
                            % (name, names.index(name) + 1))
        values[name] = value
    return values

class timedelta:
    def __init__(self, *args, **kwargs):
        days, seconds, microseconds, milliseconds, minutes, hours, weeks = _td_arguments(args, kwargs)
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            self._set((((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds)
                       * 1000000) + milliseconds * 1000 + microseconds)
            return
        given = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                 'milliseconds': milliseconds, 'minutes': minutes, 'hours': hours,
                 'weeks': weeks}
        num = 0
        den = 1
        for name, scale in _TD_UNITS:
            value = given[name]
            if isinstance(value, int):
                n, d = value, 1
            elif isinstance(value, float):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                if value in (_INF, -_INF):
                    raise OverflowError('cannot convert float infinity to integer')
                n, d = value.as_integer_ratio()
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
            num = num * d + n * scale * den
            den *= d
        self._set(_div_half_even(num, den))

    def _set(self, us):
        """Stores a total in microseconds as normalised days, seconds, microseconds."""
        days, rest = divmod(us, _US_PER_DAY)
        if not -2**31 <= days < 2**31:
            # CPython keeps days in a C int before checking the range.
            raise OverflowError('Python int too large to convert to C int')
        if not -999999999 <= days <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self._us = us
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_name(self), ', '.join(parts) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return _td(-self._us)

    def __pos__(self):
        return _td(self._us)

    def __abs__(self):
        return _td(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_div_half_even(self._us * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us // other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(self._us // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if other._us == 0:
                raise ZeroDivisionError('division by zero')
            return self._us / other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(_div_half_even(self._us, other)
                             if other > 0 else _div_half_even(-self._us, -other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('division by zero')
            if n < 0:
                n, d = -n, -d
            return _td(_div_half_even(self._us * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _td(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us, other._us)
            return q, _td(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us != other._us
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us < other._us
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us <= other._us
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us > other._us
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us >= other._us
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

def _td(us):
    td = object.__new__(timedelta)
    td._set(us)
    return td

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = _td(1)

def _check_dt_arg(dt, method):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                        % (method, type(dt).__name__))

def _check_timestamp(seconds):
    """Refuses a timestamp as CPython on Linux does: past a 64-bit time_t, past what the
    C library can express (its year is an int counted from 1900), or outside 1..9999."""
    if not -2**63 <= seconds < 2**63:
        raise OverflowError('timestamp out of range for platform time_t')
    year = _ord2ymd(_EPOCH_ORDINAL + seconds // 86400)[0]
    if not -2**31 <= year - 1900 < 2**31:
        raise OSError('[Errno 75] Value too large for defined data type')
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)

class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = self.utcoffset(dt)
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        return dt + off

class timezone(tzinfo):
    def __new__(cls, offset, name=None):
        # A zero offset without a name is the one timezone.utc, as in CPython.
        if (name is None and cls is timezone and _utc is not None
                and isinstance(offset, timedelta) and offset._us == 0):
            return _utc
        return object.__new__(cls)

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        self._offset = offset
        self._tzname = name

    def utcoffset(self, dt):
        _check_dt_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        _check_dt_arg(dt, 'dst')
        return None

    def tzname(self, dt):
        _check_dt_arg(dt, 'tzname')
        if self._tzname is not None:
            return self._tzname
        if self._offset._us == 0:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._tzname is None:
            return '%s(%r)' % (_name(self), self._offset)
        return '%s(%r, %r)' % (_name(self), self._offset, self._tzname)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

_utc = None
timezone.utc = _utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc

class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

def _iso_date(text):
    """(y, m, d) of an ISO 8601 date: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    def num(s):
        if len(s) == 0 or not s.isdigit() or not s.isascii():
            raise ValueError
        return int(s)
    year = num(text[:4])
    rest = text[4:]
    extended = rest.startswith('-')
    if extended:
        rest = rest[1:]
    if rest.startswith('W'):
        week = num(rest[1:3])
        rest = rest[3:]
        day = 1
        if rest:
            if extended:
                if not rest.startswith('-'):
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1:
                raise ValueError
            day = num(rest)
        return _from_isocal(year, week, day)
    if extended:
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError
        return year, num(rest[:2]), num(rest[3:])
    if len(rest) != 4:
        raise ValueError
    return year, num(rest[:2]), num(rest[2:])

def _from_isocal(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7
            if first == 4 or (first == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    jan4 = _ymd2ord(year, 1, 4)
    week1_monday = jan4 - (jan4 + 6) % 7
    return _ord2ymd(week1_monday + (week - 1) * 7 + day - 1)

def _iso_zone(offset):
    """The tzinfo for _iso_time's offset: made outside the parse so that an offset out
    of range reports timezone's own error, not an invalid string (as in CPython)."""
    if offset is None or isinstance(offset, tzinfo):
        return offset
    return timezone.utc if not offset else timezone(offset)

def _iso_time(text):
    """(h, m, s, us, offset) of an ISO 8601 time with an optional offset (a timedelta,
    or timezone.utc for Z); _iso_zone makes the offset a tzinfo."""
    tz = None
    for i, c in enumerate(text):
        if c in '+-Z':
            zone = text[i:]
            text = text[:i]
            if zone == 'Z':
                tz = timezone.utc
            else:
                h, m, s, us, _ = _iso_time(zone[1:])
                tz = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
                if zone[0] == '-':
                    tz = -tz
            break
    def num(s):
        if len(s) != 2 or not s.isdigit() or not s.isascii():
            raise ValueError
        return int(s)
    frac = ''
    for sep in '.,':
        if sep in text:
            text, frac = text.split(sep, 1)
            if not frac or not frac.isdigit() or not frac.isascii():
                raise ValueError
    if ':' in text:
        parts = text.split(':')
    else:
        parts = [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or (frac and len(parts) != 3):
        raise ValueError
    values = [num(p) for p in parts] + [0] * (3 - len(parts))
    us = int((frac + '000000')[:6]) if frac else 0
    return values[0], values[1], values[2], us, tz

class date:
    def __init__(self, year, month=None, day=None):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        self._year, self._month, self._day = _check_date(year, month, day)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now('datetime.date.today') / 10**6)

    @classmethod
    def fromtimestamp(cls, t):
        seconds = _floor_seconds(t)
        _check_timestamp(seconds)
        y, m, d = _ord2ymd(_EPOCH_ORDINAL + seconds // 86400)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _int_field(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % (MAXYEAR + 1))
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) not in (7, 8, 10):
                raise ValueError
            y, m, d = _iso_date(date_string)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _from_isocal(year, week, day)
        return cls(y, m, d)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y, w, d = _isocal(self._year, self._month, self._day)
        return IsoCalendarDate(y, w, d)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_name(self), self._year, self._month, self._day)

    def ctime(self):
        return self.strftime('%a %b %e 00:00:00 %Y')

    def strftime(self, format=_NO_FORMAT):
        return _strftime(_format_arg(format), self._year, self._month, self._day, 0, 0, 0, 0, '', '')

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def replace(self, *args, **kwargs):
        v = _replace_values({'year': self._year, 'month': self._month, 'day': self._day},
                            args, kwargs, ())
        return type(self)(v['year'], v['month'], v['day'])

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order(self, other, op):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_name(other), _name(self)))
        if not self._comparable(other):
            return NotImplemented
        return op(_cmp(self._key(), other._key()))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            y, m, d = _ord2ymd(n)
            return type(self)(y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)

def _floor_seconds(t):
    if isinstance(t, int):
        return t
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    if t in (_INF, -_INF):
        raise OverflowError('timestamp out of range for platform time_t')
    return int(t // 1)

def _struct_time(y, m, d, hh, mm, ss, dst):
    yday = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
    wday = (_ymd2ord(y, m, d) + 6) % 7
    return _time_mod_struct((y, m, d, hh, mm, ss, wday, yday, dst))

class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            text = time_string[1:] if time_string.startswith('T') else time_string
            h, m, s, us, tz = _iso_time(text)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(h, m, s, us, _iso_zone(tz))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.utcoffset(None), 'utcoffset')

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.dst(None), 'dst')

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_name(self), text)

    def strftime(self, format=_NO_FORMAT):
        return _strftime(_format_arg(format), 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, _format_offset(self.utcoffset(), ''),
                         self.tzname() or '')

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        v = _replace_values({'hour': self._hour, 'minute': self._minute, 'second': self._second,
                             'microsecond': self._microsecond, 'tzinfo': self._tzinfo,
                             'fold': self._fold}, args, kwargs, ('fold',))
        return type(self)(v['hour'], v['minute'], v['second'], v['microsecond'], v['tzinfo'],
                          fold=v['fold'])

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other):
        if not isinstance(other, time):
            return None
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if self._tzinfo is other._tzinfo or (mine is None and theirs is None):
            return _cmp(self._us(), other._us())
        if (mine is None) != (theirs is None):
            return 'mixed'
        return _cmp(self._us() - mine._us, other._us() - theirs._us)

    def __eq__(self, other):
        c = self._compare(other)
        if c is None:
            return NotImplemented
        return c == 0

    def __ne__(self, other):
        c = self._compare(other)
        if c is None:
            return NotImplemented
        return c != 0

    def _order(self, other, op):
        c = self._compare(other)
        if c is None:
            return NotImplemented
        if c == 'mixed':
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(c)

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us if off is not None else 0))

    def __bool__(self):
        return True

time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _td(1)

class datetime(date):
    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, *, fold=0):
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_us(cls, us, tz=None):
        days, rest = divmod(us, _US_PER_DAY)
        if not 1 <= days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        secs, micro = divmod(rest, 1000000)
        mins, s = divmod(secs, 60)
        h, mi = divmod(mins, 60)
        if cls is not datetime:
            y, m, d = _ord2ymd(days)
            return cls(y, m, d, h, mi, s, micro, tz)
        dt = object.__new__(datetime)
        dt._year, dt._month, dt._day = _ord2ymd(days)
        dt._hour = h
        dt._minute = mi
        dt._second = s
        dt._microsecond = micro
        dt._tzinfo = tz
        dt._fold = 0
        return dt

    def _local_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    @classmethod
    def _from_timestamp_us(cls, t, tz, local=False):
        if isinstance(t, int):
            us = t * 1000000
        elif isinstance(t, float):
            if t != t:
                raise ValueError('Invalid value NaN (not a number)')
            if t in (_INF, -_INF):
                raise OverflowError('timestamp out of range for platform time_t')
            whole = int(t // 1)
            frac = round((t - whole) * 1e6)
            us = whole * 1000000 + frac
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        _check_timestamp(us // 1000000)
        if local and tz is None:
            # CPython probes the local time a day earlier (for a DST fold), so the first
            # day of year 1 is refused.
            year = _ord2ymd(_EPOCH_ORDINAL + (us // 1000000 - 86400) // 86400)[0]
            if year < MINYEAR:
                raise ValueError('year %d is out of range' % year)
        base = us + _EPOCH_ORDINAL * _US_PER_DAY
        if tz is None:
            return cls._from_us(base)
        _check_tzinfo(tz)
        utc = cls._from_us(base, tz)
        return tz.fromutc(utc)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        return cls._from_timestamp_us(t, tz, local=True)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp_us(t, None)

    @classmethod
    def now(cls, tz=None):
        us = _now('datetime.datetime.now')
        return cls._from_timestamp_us(us // 1000000, tz) + _td(us % 1000000)

    @classmethod
    def utcnow(cls):
        us = _now('datetime.datetime.utcnow')
        return cls._from_us(us + _EPOCH_ORDINAL * _US_PER_DAY)

    @classmethod
    def today(cls):
        us = _now('datetime.datetime.today')
        return cls._from_us(us + _EPOCH_ORDINAL * _US_PER_DAY)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            text = date_string
            if len(text) < 7:
                raise ValueError
            if len(text) > 4 and text[4] == '-':
                split = 8 if len(text) > 5 and text[5] == 'W' else 10
            else:
                split = 7 if len(text) > 4 and text[4] == 'W' else 8
            if split == 8 and len(text) > 8 and text[8] == '-' and text[5] == 'W':
                split = 10
            y, m, d = _iso_date(text[:split])
            rest = text[split:]
            h = mi = s = us = 0
            tz = None
            if rest:
                h, mi, s, us, tz = _iso_time(rest[1:])
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d, h, mi, s, us, _iso_zone(tz))

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError('strptime() argument 1 must be str, not %s' % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError('strptime() argument 2 must be str, not %s' % type(format).__name__)
        f = _strptime_fields(date_string, format)
        year = f.get('year', 1900)
        month = f.get('month', 1)
        day = f.get('day', 1)
        if 'yday' in f and 'month' not in f and 'day' not in f:
            year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + f['yday'] - 1)
        tz = None
        if 'offset' in f:
            off = timedelta(seconds=f['offset'])
            tz = timezone.utc if not off and f.get('zone') is None else timezone(off, f.get('zone'))
        return cls(year, month, day, f.get('hour', 0), f.get('minute', 0), f.get('second', 0),
                   f.get('fraction', 0), tz)

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.utcoffset(self), 'utcoffset')

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset(self._tzinfo.dst(self), 'dst')

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def timestamp(self):
        off = self.utcoffset()
        us = self._local_us() - _EPOCH_ORDINAL * _US_PER_DAY - (off._us if off else 0)
        return us / 10**6

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None and self._tzinfo is None else (1 if dst else 0)
        if self._tzinfo is not None and dst is None:
            flag = -1
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self if off is None else self - off
        return _struct_time(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0)

    def astimezone(self, tz=None):
        if tz is None:
            # The local zone, which is UTC here; CPython names it from the C library.
            tz = timezone(timedelta(0), 'UTC')
        _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        if self._tzinfo is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, *args, **kwargs):
        v = _replace_values({'year': self._year, 'month': self._month, 'day': self._day,
                             'hour': self._hour, 'minute': self._minute, 'second': self._second,
                             'microsecond': self._microsecond, 'tzinfo': self._tzinfo,
                             'fold': self._fold}, args, kwargs, ('fold',))
        return type(self)(v['year'], v['month'], v['day'], v['hour'], v['minute'], v['second'],
                          v['microsecond'], v['tzinfo'], fold=v['fold'])

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = ', '.join('%d' % f for f in fields)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_name(self), text)

    def ctime(self):
        return self.strftime('%a %b %e %H:%M:%S %Y')

    def strftime(self, format=_NO_FORMAT):
        return _strftime(_format_arg(format), self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, _format_offset(self.utcoffset(), ''),
                         self.tzname() or '')

    def _compare(self, other):
        if not isinstance(other, datetime):
            return None
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if self._tzinfo is other._tzinfo or (mine is None and theirs is None):
            return _cmp(self._local_us(), other._local_us())
        if (mine is None) != (theirs is None):
            return 'mixed'
        return _cmp(self._local_us() - mine._us, other._local_us() - theirs._us)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return False
        c = self._compare(other)
        if c is None:
            return NotImplemented
        return c == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_name(self), _name(other)))
        c = self._compare(other)
        if c is None:
            return NotImplemented
        if c == 'mixed':
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return op(c)

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._local_us() - (off._us if off is not None else 0))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() + other._us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() - other._us, self._tzinfo)
        if isinstance(other, datetime):
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if self._tzinfo is other._tzinfo:
                mine = theirs = None
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            delta = self._local_us() - other._local_us()
            if mine is not None:
                delta -= mine._us - theirs._us
            return _td(delta)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = _td(1)
_date_class = date
_time_class = time
