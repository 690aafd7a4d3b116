//! `string`: the character-class constants, `capwords` and `Template` (`$name`
//! substitution), as in CPython 3.11.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::ModuleBuilder;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// `capwords` and `Template`, written in Python: they only combine str methods and a
/// small parser, which reads most clearly as the Python it implements.
const PYTHON: &str = r#"
def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))

class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _render(self, mapping, safe):
        text = self.template
        out = []
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and text[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            braced = i + 1 < n and text[i + 1] == '{'
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (text[k] == '_' or text[k].isalnum()) and not (k == j and text[k].isdigit()):
                k += 1
            name = text[j:k]
            if braced:
                closed = k < n and text[k] == '}'
                if not name or not closed:
                    if safe:
                        out.append(c)
                        i += 1
                        continue
                    raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
                end = k + 1
            else:
                if not name:
                    if safe:
                        out.append(c)
                        i += 1
                        continue
                    raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
                end = k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {})
        values.update(kws)
        return self._render(values, False)

    def safe_substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {})
        values.update(kws)
        return self._render(values, True)
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
    m.run_python(vm, PYTHON)
}
