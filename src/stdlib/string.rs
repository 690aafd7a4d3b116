//! `string`: the character-class constants, `capwords`, `Template` (`$name`
//! substitution) and `Formatter` (`str.format` with overridable steps), as in CPython
//! 3.11.

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
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/string.py"));

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
