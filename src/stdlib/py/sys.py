
class _Record(tuple):
    _fields = ()
    _name = ''

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        if name in self._fields:
            return self[self._fields.index(name)]
        raise AttributeError(name)

    def __repr__(self):
        parts = ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))
        return self._name + '(' + parts + ')'

    __str__ = __repr__


class _VersionInfo(_Record):
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')
    _name = 'sys.version_info'


class _FloatInfo(_Record):
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
               'mant_dig', 'epsilon', 'radix', 'rounds')
    _name = 'sys.float_info'


class _IntInfo(_Record):
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
               'str_digits_check_threshold')
    _name = 'sys.int_info'


class _Implementation:
    name = 'sandpit'
    cache_tag = None

    def __init__(self):
        self.version = version_info

    def __repr__(self):
        return "namespace(name='sandpit', cache_tag=None, version=%r)" % (self.version,)


version_info = _VersionInfo(3, 11, 0, 'final', 0)
float_info = _FloatInfo(1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                        -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1)
int_info = _IntInfo(30, 4, 4300, 640)
implementation = _Implementation()
del _Record, _VersionInfo, _FloatInfo, _IntInfo, _Implementation


def exit(status=None, /):
    if status is None:
        raise SystemExit
    raise SystemExit(status)


def intern(string, /):
    if type(string) is not str:
        raise TypeError(f'intern() argument must be str, not {type(string).__name__}')
    return string


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def get_int_max_str_digits():
    return int_info.default_max_str_digits


float_repr_style = 'short'


class _Stdout:
    encoding = 'utf-8'
    errors = 'strict'
    name = '<stdout>'
    mode = 'w'

    def write(self, *args):
        if len(args) != 1:
            raise TypeError(f'TextIOWrapper.write() takes exactly one argument ({len(args)} given)')
        s = args[0]
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        _write_stdout(s)
        return len(s)

    def writelines(self, lines, /):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"


stdout = _Stdout()
del _Stdout
