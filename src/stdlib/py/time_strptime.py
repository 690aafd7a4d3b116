
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

def _strptime_fields(string, format):
    """Parses `string` by `format`; returns a dict of the fields found."""
    fields = {}
    si = 0
    fi = 0
    n = len(format)

    def fail():
        raise ValueError('time data %r does not match format %r' % (string, format))

    def digits(lo, hi, least=0, most=None):
        # lo..hi ASCII digits valued least..most; like CPython's regex alternatives, a
        # number too big gives back its last digit to what follows.
        nonlocal si
        j = si
        while j < len(string) and j - si < hi and '0' <= string[j] <= '9':
            j += 1
        if most is not None and j - si > lo and int(string[si:j]) > most:
            j -= 1
        if j - si < lo:
            fail()
        value = int(string[si:j])
        if value < least or (most is not None and value > most):
            fail()
        si = j
        return value

    def word(names, abbreviated):
        # %B/%A take full names only, %b/%a the three-letter forms only.
        nonlocal si
        lowered = string[si:].lower()
        for full in names:
            candidate = full[:3] if abbreviated else full
            if lowered.startswith(candidate):
                si += len(candidate)
                return names.index(full)
        fail()

    while fi < n:
        c = format[fi]
        if c != '%':
            if c.isspace():
                while si < len(string) and string[si].isspace():
                    si += 1
            elif si < len(string) and string[si] == c:
                si += 1
            else:
                fail()
            fi += 1
            continue
        if fi + 1 >= n:
            raise ValueError("stray %% in format '%s'" % format)
        code = format[fi + 1]
        fi += 2
        if code == 'Y':
            fields['year'] = digits(4, 4)
        elif code == 'y':
            y = digits(2, 2)
            fields['year'] = y + (2000 if y < 69 else 1900)
        elif code == 'm':
            fields['month'] = digits(1, 2, 1, 12)
        elif code == 'd':
            if string[si:si + 1] == ' ':
                si += 1
            fields['day'] = digits(1, 2, 1, 31)
        elif code == 'H':
            fields['hour'] = digits(1, 2, 0, 23)
        elif code == 'I':
            fields['hour12'] = digits(1, 2, 1, 12)
        elif code == 'M':
            fields['minute'] = digits(1, 2, 0, 59)
        elif code == 'S':
            fields['second'] = digits(1, 2, 0, 61)
        elif code == 'f':
            start = si
            digits(1, 6)
            fields['fraction'] = int((string[start:si] + '000000')[:6])
        elif code == 'j':
            fields['yday'] = digits(1, 3, 1, 366)
        elif code in 'bBh':
            fields['month'] = word(_MONTHS, code != 'B') + 1
        elif code in 'aA':
            fields['weekday'] = word(_DAYS, code == 'a')
        elif code == 'p':
            rest = string[si:si + 2].lower()
            if rest not in ('am', 'pm'):
                fail()
            fields['ampm'] = rest
            si += 2
        elif code == 'z':
            if string[si:si + 1] == 'Z':
                fields['offset'] = 0
                si += 1
            else:
                sign = string[si:si + 1]
                if sign not in ('+', '-'):
                    fail()
                si += 1
                hh = digits(2, 2)
                if string[si:si + 1] == ':':
                    si += 1
                mm = digits(2, 2)
                ss = 0
                if string[si:si + 1] == ':':
                    si += 1
                    ss = digits(2, 2)
                off = hh * 3600 + mm * 60 + ss
                fields['offset'] = -off if sign == '-' else off
        elif code == 'Z':
            for name in ('UTC', 'GMT', 'utc', 'gmt'):
                if string.startswith(name, si):
                    si += len(name)
                    fields['zone'] = name
                    break
            else:
                fail()
        elif code == '%':
            if string[si:si + 1] != '%':
                fail()
            si += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (code, '%' + code))
    if si != len(string):
        raise ValueError('unconverted data remains: %s' % string[si:])
    if 'hour12' in fields:
        h = fields.pop('hour12') % 12
        if fields.pop('ampm', 'am') == 'pm':
            h += 12
        fields['hour'] = h
    fields.pop('ampm', None)
    return fields

