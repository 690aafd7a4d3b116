//! `string`: the character-class constants, `capwords` and `Template` (`$name`
//! substitution), as in CPython 3.11.

use crate::value::Value;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

use super::ModuleBuilder;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// `capwords` and `Template`, written in Python: they only combine str methods and the
/// `re` module, which reads most clearly as the Python it implements. As in CPython a
/// template's syntax is one verbose regex built from the class's `delimiter`,
/// `idpattern`, `braceidpattern` and `flags` (or its own `pattern`), so subclasses that
/// change them behave the same.
const PYTHON: &str = r#"
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
"#;

/// Builds the `string` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    let letters = format!("{LOWER}{UPPER}");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    for (name, text) in [
        ("ascii_lowercase", LOWER.to_string()),
        ("ascii_uppercase", UPPER.to_string()),
        ("ascii_letters", letters),
        ("digits", DIGITS.to_string()),
        ("hexdigits", "0123456789abcdefABCDEF".to_string()),
        ("octdigits", "01234567".to_string()),
        ("punctuation", PUNCTUATION.to_string()),
        ("whitespace", WHITESPACE.to_string()),
        ("printable", printable),
    ] {
        m.value(name, Value::str(text));
    }
    // A private instance of `re` for `Template`'s patterns: it is not cached as an
    // import, so a policy that withholds `re` still keeps `import re` from working.
    let re = super::load(vm, "re")?
        .ok_or_else(|| PyErr::new(ExcKind::SystemError, "stdlib module string: re is missing"))?;
    m.value("_re", re);
    m.run_python(vm, PYTHON)
}
