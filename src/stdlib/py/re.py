
_FLAG_ORDER = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]


class RegexFlag(int):
    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = ['re.' + name for bit, name in _FLAG_ORDER if value & bit]
        rest = value & ~511
        if rest or value < 0:
            return str(value)
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__


T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)
NOFLAG = RegexFlag(0)
_MAXSIZE = 9223372036854775807
_FLAG_NAMES = [(2, 're.IGNORECASE'), (4, 're.LOCALE'), (8, 're.MULTILINE'), (16, 're.DOTALL'),
               (32, 're.UNICODE'), (64, 're.VERBOSE'), (256, 're.ASCII')]


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
            msg = text
        Exception.__init__(self, msg)
        self.pattern = pattern
        self.pos = pos


def _check_str(string):
    if not isinstance(string, str):
        if isinstance(string, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


# The parameters of Pattern's methods, (name,) when required, (name, default) when not.
_WINDOW = (('string',), ('pos', 0), ('endpos', _MAXSIZE))
_REPLACE = (('repl',), ('string',), ('count', 0))


def _bind(name, params, args, kwargs):
    # CPython's Pattern methods are C functions: their argument errors read differently
    # from a Python function's, so the methods take *args/**kwargs and bind them here.
    given = len(args) + len(kwargs)
    if given > len(params):
        plural = '' if len(params) == 1 else 's'
        raise TypeError(f'{name}() takes at most {len(params)} argument{plural} ({given} given)')
    values = list(args)
    for index in range(len(args), len(params)):
        param = params[index]
        if param[0] in kwargs:
            values.append(kwargs.pop(param[0]))
        elif len(param) == 1:
            raise TypeError(f"{name}() missing required argument '{param[0]}' (pos {index + 1})")
        else:
            values.append(param[1])
    for key in kwargs:
        for index, param in enumerate(params):
            if param[0] == key:
                raise TypeError(f"argument for {name}() given by name ('{key}') and position ({index + 1})")
        raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
    return values


def _index(value):
    # A position or count, read as CPython reads a Py_ssize_t.
    if isinstance(value, int):
        value = int(value)
    else:
        method = getattr(type(value), '__index__', None)
        if method is None:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = method(value)
    if not -_MAXSIZE - 1 <= value <= _MAXSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


def _clamp(string, pos, endpos):
    pos = _index(pos)
    endpos = _index(endpos)
    n = len(string)
    if pos < 0:
        pos = 0
    if pos > n:
        pos = n
    if endpos > n:
        endpos = n
    if endpos < pos:
        endpos = pos
    return pos, endpos


class Pattern:
    def __init__(self, pattern, flags):
        info = _compile(pattern, flags)
        if len(info) == 2:
            raise error(info[0], pattern, info[1])
        self.pattern = pattern
        self.groups = info[0]
        self.groupindex = dict(info[1])
        self.flags = int(info[2])

    def __repr__(self):
        # CPython formats the pattern with %.200R: its repr cut to 200 characters.
        text = repr(self.pattern)[:200]
        flags = self.flags & ~32
        if not flags:
            return f're.compile({text})'
        names = [name for bit, name in _FLAG_NAMES if flags & bit]
        return f're.compile({text}, {"|".join(names)})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _one(self, string, pos, endpos, mode):
        _check_str(string)
        pos, endpos = _clamp(string, pos, endpos)
        spans = _search(self.pattern, self.flags, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, *args, **kwargs):
        string, pos, endpos = _bind('match', _WINDOW, args, kwargs)
        return self._one(string, pos, endpos, 1)

    def search(self, *args, **kwargs):
        string, pos, endpos = _bind('search', _WINDOW, args, kwargs)
        return self._one(string, pos, endpos, 0)

    def fullmatch(self, *args, **kwargs):
        string, pos, endpos = _bind('fullmatch', _WINDOW, args, kwargs)
        return self._one(string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        _check_str(string)
        pos, endpos = _clamp(string, pos, endpos)
        return [Match(self, string, pos, endpos, spans)
                for spans in _iter(self.pattern, self.flags, string, pos, endpos, limit)]

    def finditer(self, *args, **kwargs):
        string, pos, endpos = _bind('finditer', _WINDOW, args, kwargs)
        return iter(self._all(string, pos, endpos))

    def findall(self, *args, **kwargs):
        string, pos, endpos = _bind('findall', _WINDOW, args, kwargs)
        out = []
        for m in self._all(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(m.groups(''))
        return out

    def _limited(self, string, limit):
        # A negative count or maxsplit allows no replacement or split at all.
        limit = _index(limit)
        if limit < 0:
            _check_str(string)
            return []
        return self._all(string, 0, _MAXSIZE, limit)

    def split(self, *args, **kwargs):
        string, maxsplit = _bind('split', (('string',), ('maxsplit', 0)), args, kwargs)
        out = []
        last = 0
        for m in self._limited(string, maxsplit):
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
        out.append(string[last:])
        return out

    def subn(self, *args, **kwargs):
        repl, string, count = _bind('subn', _REPLACE, args, kwargs)
        # As CPython: the template is read before the string is checked, a callable's
        # None result adds nothing, and the pieces are joined at the end (so a non-str
        # result fails as `''.join` does, naming its place among the pieces).
        if callable(repl):
            render = repl
        elif isinstance(repl, str) and '\\' not in repl:
            render = lambda m: repl
        else:
            if not isinstance(repl, str):
                raise TypeError(f"decoding to str: need a bytes-like object, {type(repl).__name__} found")
            parts = _parse_template(repl, self)
            render = lambda m: _render(parts, m)
        out = []
        last = 0
        n = 0
        for m in self._limited(string, count):
            if m.start() > last:
                out.append(string[last:m.start()])
            piece = render(m)
            if piece is not None:
                out.append(piece)
            last = m.end()
            n += 1
        if last < len(string):
            out.append(string[last:])
        return ''.join(out), n

    def sub(self, *args, **kwargs):
        repl, string, count = _bind('sub', _REPLACE, args, kwargs)
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError('Pattern.scanner is not supported')


def _parse_template(template, pattern):
    parts = []
    literal = []
    i = 0
    n = len(template)

    def group_ref(ref, at):
        if ref.isdigit():
            index = int(ref)
            if index > pattern.groups:
                raise error(f'invalid group reference {index}', template, at)
            return index
        if ref in pattern.groupindex:
            return pattern.groupindex[ref]
        if not ref.isidentifier():
            raise error(f'bad character in group name {ref!r}', template, at)
        raise IndexError(f'unknown group name {ref!r}')

    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, i)
        e = template[i + 1]
        if e == 'g':
            close = template.find('>', i + 3)
            if i + 2 >= n or template[i + 2] != '<':
                raise error('missing <', template, i + 2)
            if close < 0:
                raise error('missing >, unterminated name', template, i + 3)
            name = template[i + 3:close]
            if not name:
                raise error('missing group name', template, i + 3)
            parts.append(''.join(literal))
            literal = []
            parts.append(group_ref(name, i + 3))
            i = close + 1
        elif e == '0' or (e in '1234567' and template[i + 2:i + 4].isdigit() and all(ch in '01234567' for ch in template[i + 1:i + 4])):
            j = i + 1
            digits = ''
            limit = 3 if e != '0' else 3
            while j < n and len(digits) < limit and template[j] in '01234567':
                digits += template[j]
                j += 1
            literal.append(chr(int(digits, 8)))
            i = j
        elif e.isdigit():
            j = i + 1
            while j < n and j < i + 3 and template[j].isdigit():
                j += 1
            parts.append(''.join(literal))
            literal = []
            parts.append(group_ref(template[i + 1:j], i + 1))
            i = j
        elif e in 'ntrfvab\\':
            literal.append({'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v',
                            'a': '\a', 'b': '\b', '\\': '\\'}[e])
            i += 2
        elif e.isascii() and e.isalpha():
            raise error(f'bad escape \\{e}', template, i)
        else:
            literal.append('\\' + e)
            i += 2
    parts.append(''.join(literal))
    return parts


def _render(parts, m):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            out.append(m.group(p) or '')
    return ''.join(out)


class Match:
    def __init__(self, re, string, pos, endpos, spans):
        self.re = re
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.regs = tuple((spans[2 * i], spans[2 * i + 1]) for i in range(len(spans) // 2))
        last = None
        for i in range(1, len(self.regs)):
            if self.regs[i][0] >= 0 and (last is None or self.regs[i][1] > self.regs[last][1]):
                last = i
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for name, index in re.groupindex.items():
                if index == last:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
        elif isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__'):
            try:
                index = g.__index__()
            except Exception:
                index = -1
            if 0 <= index < len(self.regs):
                return index
        else:
            # CPython looks other keys up in groupindex: unhashable ones fail there.
            hash(g)
        raise IndexError('no such group')

    def _get(self, g, default=None):
        start, end = self.regs[self._index(g)]
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, *args, **kwargs):
        (default,) = _bind('groups', (('default', None),), args, kwargs)
        return tuple(self._get(i, default) for i in range(1, len(self.regs)))

    def groupdict(self, *args, **kwargs):
        (default,) = _bind('groupdict', (('default', None),), args, kwargs)
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def _group_arg(self, name, args, kwargs):
        # start/end/span take one optional positional argument, no keywords.
        if kwargs:
            raise TypeError(f'Match.{name}() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError(f'{name} expected at most 1 argument, got {len(args)}')
        return self._index(args[0] if args else 0)

    def start(self, *args, **kwargs):
        return self.regs[self._group_arg('start', args, kwargs)][0]

    def end(self, *args, **kwargs):
        return self.regs[self._group_arg('end', args, kwargs)][1]

    def span(self, *args, **kwargs):
        return self.regs[self._group_arg('span', args, kwargs)]

    def expand(self, *args, **kwargs):
        (template,) = _bind('expand', (('template',),), args, kwargs)
        if not isinstance(template, str):
            raise TypeError(f"decoding to str: need a bytes-like object, {type(template).__name__} found")
        return _render(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        # CPython formats the match with %.50R: its repr cut to 50 characters.
        return f'<re.Match object; span={self.regs[0]!r}, match={repr(self.group())[:50]}>'


def compile(pattern, flags=0):
    if not isinstance(flags, int):
        raise TypeError(f"unsupported operand type(s) for &: '{type(flags).__name__}' and 'RegexFlag'")
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, (bytes, bytearray)):
        raise TypeError("Sandpit's re module supports only str patterns, not bytes")
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    return Pattern(pattern, flags)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    # Bytes are escaped too (as CPython does, through latin-1), though only str
    # patterns can be compiled.
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    if not isinstance(pattern, (bytes, bytearray)):
        raise TypeError(f"decoding to str: need a bytes-like object, {type(pattern).__name__} found")
    return escape(bytes(pattern).decode('latin-1')).encode('latin-1')


def purge():
    _purge()
