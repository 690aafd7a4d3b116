
def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        # A class's own `pattern` is a str; an inherited one is already compiled, and a
        # subclass without its own is rebuilt from its delimiter and idpatterns.
        if isinstance(getattr(cls, 'pattern', None), str):
            source = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            source = (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + ident + ')|'
                      + '{(?P<braced>' + braced + ')}|(?P<invalid>))')
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, m):
        at = m.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        if before:
            line = len(before)
            column = at - len(''.join(before[:-1]))
        else:
            line = column = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def _lookup(self, args, kws):
        if not args:
            return lambda name: kws[name]
        mapping = args[0]
        if not kws:
            return lambda name: mapping[name]
        return lambda name: kws[name] if name in kws else mapping[name]

    def _named(self, m):
        named = m.group('named')
        return named if named is not None else m.group('braced')

    def _unrecognized(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, *args, **kws):
        if len(args) > 1:
            raise TypeError(f'Template.substitute() takes from 1 to 2 positional arguments but {len(args) + 1} were given')
        lookup = self._lookup(args, kws)

        def convert(m):
            named = self._named(m)
            if named is not None:
                return str(lookup(named))
            if m.group('escaped') is not None:
                return self.delimiter
            if m.group('invalid') is not None:
                self._invalid(m)
            self._unrecognized()

        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, *args, **kws):
        if len(args) > 1:
            raise TypeError(f'Template.safe_substitute() takes from 1 to 2 positional arguments but {len(args) + 1} were given')
        lookup = self._lookup(args, kws)

        def convert(m):
            named = self._named(m)
            if named is not None:
                try:
                    return str(lookup(named))
                except KeyError:
                    return m.group()
            if m.group('escaped') is not None:
                return self.delimiter
            if m.group('invalid') is not None:
                return m.group()
            self._unrecognized()

        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for m in self.pattern.finditer(self.template):
            if m.group('invalid') is not None:
                return False
            if self._named(m) is None and m.group('escaped') is None:
                self._unrecognized()
        return True

    def get_identifiers(self):
        found = []
        for m in self.pattern.finditer(self.template):
            named = self._named(m)
            if named is not None:
                if named not in found:
                    found.append(named)
            elif m.group('invalid') is None and m.group('escaped') is None:
                self._unrecognized()
        return found


Template.__init_subclass__()


def _parse_format(text):
    # CPython's format-string scanner: (literal, field_name, format_spec, conversion)
    # for each literal run and the replacement field after it, produced lazily so a
    # later syntax error comes after the fields before it were formatted.
    i = 0
    n = len(text)
    while i < n:
        start = i
        c = None
        while i < n:
            c = text[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            yield (text[start:i], None, None, None)
            break
        if c == '}' and (i >= n or text[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and i >= n:
            raise ValueError("Single '{' encountered in format string")
        if text[i] == c:
            yield (text[start:i], None, None, None)
            i += 1
            continue
        literal = text[start:i - 1]
        name_start = i
        c = None
        while i < n:
            c = text[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and text[i] != ']':
                    i += 1
                c = None
                continue
            if c in '}:!':
                break
            c = None
        name = text[name_start:i - 1] if c is not None else text[name_start:i]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if i >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = text[i]
                i += 1
                if i < n:
                    c = text[i]
                    i += 1
                    if c == '}':
                        yield (literal, name, spec, conversion)
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            depth = 1
            while i < n:
                c = text[i]
                i += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = text[spec_start:i - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield (literal, name, spec, conversion)


def _field_index(text):
    if text and all(ch in '0123456789' for ch in text):
        return int(text)
    return text


def _split_field_name(name):
    # 'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)), as CPython's
    # formatter_field_name_split; the rest is read lazily, so a lookup can fail before
    # a later part's syntax error is seen.
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    return _field_index(name[:i]), _field_parts(name, i)


def _field_parts(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        start = i
        if c == '.':
            while i < n and name[i] not in '.[':
                i += 1
            part = name[start:i]
            attr = True
        elif c == '[':
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            part = name[start:i]
            i += 1
            attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not part:
            raise ValueError('Empty attribute in format string')
        yield attr, (part if attr else _field_index(part))


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth, auto=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            # `auto` is the next automatic index, or False once a manual one was used.
            if name == '':
                if auto is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                name = str(auto)
                auto += 1
            elif name.isdigit():
                if auto:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto = False
            obj, key = self.get_field(name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto = self._vformat(spec, args, kwargs, used, depth - 1, auto)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces), auto

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
