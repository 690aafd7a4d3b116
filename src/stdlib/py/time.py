
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    @property
    def tm_year(self):
        return self[0]

    @property
    def tm_mon(self):
        return self[1]

    @property
    def tm_mday(self):
        return self[2]

    @property
    def tm_hour(self):
        return self[3]

    @property
    def tm_min(self):
        return self[4]

    @property
    def tm_sec(self):
        return self[5]

    @property
    def tm_wday(self):
        return self[6]

    @property
    def tm_yday(self):
        return self[7]

    @property
    def tm_isdst(self):
        return self[8]

    @property
    def tm_zone(self):
        return self._extra[0]

    @property
    def tm_gmtoff(self):
        return self._extra[1]

    def __repr__(self):
        fields = ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self))
        return 'time.struct_time(' + fields + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self),))

def gmtime(secs=None):
    return struct_time(_gmtime(secs) + ('GMT', 0))

def localtime(secs=None):
    return struct_time(_gmtime(secs) + ('UTC', 0))

def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    if not isinstance(string, str):
        raise TypeError('strptime() argument 0 must be str, not %s' % type(string))
    if not isinstance(format, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(format))
    f = _strptime_fields(string, format)
    year = f.get('year', 1900)
    month = f.get('month', 1)
    day = f.get('day', 1)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if day > (30 if month in (4, 6, 9, 11) else (29 if leap else 28) if month == 2 else 31):
        # CPython builds a date from the fields, which refuses the day.
        raise ValueError('day is out of range for month')
    yday = _yday(year, month, day)
    if 'yday' in f and 'month' not in f and 'day' not in f:
        yday = f['yday']
        month, day = _from_yday(year, yday)
    return struct_time((year, month, day, f.get('hour', 0), f.get('minute', 0),
                        f.get('second', 0), _weekday(year, month, day), yday, -1,
                        f.get('zone'), f.get('offset')))
