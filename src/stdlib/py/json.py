
class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return _dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                      check_circular=self.check_circular, allow_nan=self.allow_nan,
                      sort_keys=self.sort_keys, indent=self.indent,
                      separators=(self.item_separator, self.key_separator), default=self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


def _decode_or_raise(s, *hooks):
    ok, value, pos = _decode(s, *hooks)
    if not ok:
        raise JSONDecodeError(value, s, pos)
    if len(hooks) > 6:
        return value, pos
    return value


def dumps(obj, *, cls=None, **kw):
    if cls is None:
        return _dumps(obj, **kw)
    return cls(**kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _hooks(self):
        return (self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                self.parse_constant, self.strict)

    def decode(self, s):
        return _decode_or_raise(s, *self._hooks())

    def raw_decode(self, s, idx=0):
        return _decode_or_raise(s, *self._hooks(), idx)


def load(fp, **kw):
    return loads(fp.read(), **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {type(s).__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if cls is not None or kw:
        if cls is None:
            cls = JSONDecoder
        return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                   parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)
    return _decode_or_raise(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)
