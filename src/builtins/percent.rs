//! `str % args` and `bytes % args`: printf-style formatting, following CPython's
//! `PyUnicode_Format` for how arguments are taken (a tuple, a single value, a mapping for
//! `%(key)s`) and in what order errors surface. Parsing and rendering of each conversion
//! are `crate::format`'s; this file fetches and converts the Python values.
//!
//! A bytes template is handled as text by mapping each byte to the code point of the same
//! number (Latin-1): every piece a bytes conversion produces is ASCII or such a byte, so the
//! result maps back to bytes one character per byte.

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::text::{BytesKind, Kind, StrKind};
use crate::format::{
    char_from_code_point, percent_float, percent_int, percent_pieces, percent_str, FormatError,
    PercentFlags, PercentKind, PercentNum, PercentPiece, PercentSpec,
};
use crate::value::Value;
use crate::vm::repr::exc_kind_named;
use crate::vm::{Args, ExcKind, PyErr, PyResult, Vm};

/// `template % args` for a `str` or `bytes` template.
pub fn format_percent(vm: &mut Vm, template: &Value, args: &Value) -> PyResult<Value> {
    match template {
        Value::Bytes(b) => {
            let text: String = b.bytes.iter().map(|&c| char::from(c)).collect();
            let out = render(vm, &text, args, true)?;
            vm.check_alloc(1, out.chars().count())?;
            Ok(Value::bytes(
                out.chars()
                    .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                    .collect(),
            ))
        }
        Value::Str(s) => {
            let out = match render_plain(s.as_str(), args) {
                Some(out) => {
                    super::text::reserve(vm, 1, out.len())?;
                    out
                }
                None => render(vm, s.as_str(), args, false)?,
            };
            Ok(Value::str(out))
        }
        other => {
            let text = StrKind::unwrap(other).unwrap_or_else(|| Value::str(""));
            let out = render(vm, text.as_str().unwrap_or_default(), args, false)?;
            Ok(Value::str(out))
        }
    }
}

/// The commonest templates, `'k%d' % n` and `'%s=%s' % (a, b)`, rendered in one pass:
/// only `%%`, `%d`/`%i` of ints and `%s` of strs and ints, every value used once. None
/// when anything else appears; the general path then renders it, errors included.
fn render_plain(template: &str, args: &Value) -> Option<String> {
    let values = match args {
        Value::Tuple(t) => t.items.as_slice(),
        Value::Int(_) | Value::Str(_) => std::slice::from_ref(args),
        _ => return None,
    };
    let mut values = values.iter();
    let mut out = String::with_capacity(template.len() + 16);
    let mut pieces = template.split('%');
    out.push_str(pieces.next().unwrap_or_default());
    let mut escaped = false;
    for piece in pieces {
        // `%%` splits into an empty piece: the next piece is literal after a '%'.
        if escaped {
            out.push('%');
            out.push_str(piece);
            escaped = false;
            continue;
        }
        let mut chars = piece.chars();
        let Some(conversion) = chars.next() else {
            escaped = true;
            continue;
        };
        match (conversion, values.next()) {
            ('d' | 'i' | 's', Some(Value::Int(n))) => {
                use std::fmt::Write;
                // Writing to a String cannot fail.
                let _ = write!(out, "{n}");
            }
            ('s', Some(Value::Str(s))) => out.push_str(s.as_str()),
            _ => return None,
        }
        out.push_str(chars.as_str());
    }
    (!escaped && values.next().is_none()).then_some(out)
}

/// A formatting error from `crate::format` as the Python exception it stands for.
pub(crate) fn format_error(e: FormatError) -> PyErr {
    PyErr::new(exc_kind_named(e.exception_type()), e.to_string())
}

/// Where conversions take their values from (CPython's `argidx`/`arglen`/`dict`).
struct Source {
    /// The positional values: a tuple's items, or the single non-tuple value.
    values: Vec<Value>,
    next: usize,
    /// The mapping for `%(key)s`: any non-tuple, non-str value with `__getitem__`.
    mapping: Option<Value>,
}

impl Source {
    fn new(args: &Value) -> Source {
        // A subclass of tuple or str counts as one, as CPython's type checks do.
        let builtin = match args {
            Value::Instance(inst) => inst.builtin_value(),
            _ => None,
        };
        let kind = builtin.as_ref().unwrap_or(args);
        let mapping = match (kind, args) {
            (Value::Tuple(_) | Value::Str(_), _) => None,
            (
                Value::Dict(_)
                | Value::List(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::Range(_),
                _,
            ) => Some(args.clone()),
            (_, Value::Instance(inst)) if inst.class.lookup("__getitem__").is_some() => {
                Some(args.clone())
            }
            _ => None,
        };
        let values = match kind {
            Value::Tuple(t) => t.items.clone(),
            _ => vec![args.clone()],
        };
        Source {
            values,
            next: 0,
            mapping,
        }
    }

    fn next_arg(&mut self) -> PyResult<Value> {
        let v = self
            .values
            .get(self.next)
            .cloned()
            .ok_or_else(|| format_error(FormatError::NotEnoughArguments))?;
        self.next += 1;
        Ok(v)
    }
}

fn render(vm: &mut Vm, template: &str, args: &Value, bytes: bool) -> PyResult<String> {
    let mut source = Source::new(args);
    let mut out = String::with_capacity(template.len());
    for piece in percent_pieces(template) {
        let mut spec = match piece.map_err(format_error)? {
            PercentPiece::Literal(text) => {
                out.push_str(&text);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        if let Some(key) = &spec.key {
            let mapping = source
                .mapping
                .clone()
                .ok_or_else(|| format_error(FormatError::RequiresMapping))?;
            let key = if bytes {
                Value::bytes(latin1_bytes(key))
            } else {
                Value::str(key.as_str())
            };
            let value = vm.getitem(&mapping, &key)?;
            source.values = vec![value];
            source.next = 0;
        }
        let (width, precision) = (spec.width, spec.precision);
        let width = star(vm, &mut source, &mut spec, width, true)?;
        let precision = star(vm, &mut source, &mut spec, precision, false)?;
        let value = source.next_arg()?;
        let text = convert(vm, &spec, &value, width, precision, bytes)?;
        out.push_str(&text);
        super::text::reserve(vm, 1, out.len())?;
    }
    if source.next < source.values.len() && source.mapping.is_none() {
        return Err(if bytes {
            PyErr::type_error("not all arguments converted during bytes formatting")
        } else {
            format_error(FormatError::NotAllConverted)
        });
    }
    Ok(out)
}

/// A width or precision: as written, or taken from the next argument for `*` (a negative
/// `*` width left-justifies; a negative `*` precision counts as 0).
fn star(
    vm: &mut Vm,
    source: &mut Source,
    spec: &mut PercentSpec,
    num: Option<PercentNum>,
    is_width: bool,
) -> PyResult<Option<usize>> {
    match num {
        None => Ok(None),
        Some(PercentNum::Fixed(n)) => Ok(Some(n)),
        Some(PercentNum::Star) => {
            let v = source.next_arg()?;
            if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Err(format_error(FormatError::StarWantsInt));
            }
            // CPython reads a `*` width as a Py_ssize_t, a `*` precision as a C int.
            let n = if is_width {
                vm.to_ssize(&v)?
            } else {
                i64::from(super::functions::c_int(vm, &v)?)
            };
            if n < 0 && is_width {
                spec.flags.minus = true;
            }
            let magnitude = if is_width {
                n.unsigned_abs()
            } else {
                n.max(0).unsigned_abs()
            };
            let n = usize::try_from(magnitude).unwrap_or(usize::MAX);
            if is_width && n > isize::MAX as usize {
                return Err(format_error(FormatError::WidthTooBig));
            }
            if !is_width && n > i32::MAX as usize {
                return Err(format_error(FormatError::PrecisionTooBig));
            }
            Ok(Some(n))
        }
    }
}

/// The bytes of a Latin-1-mapped text.
fn latin1_bytes(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}

/// Latin-1-mapped text of some bytes.
fn latin1_text(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Formats one value for one conversion.
fn convert(
    vm: &mut Vm,
    spec: &PercentSpec,
    value: &Value,
    width: Option<usize>,
    precision: Option<usize>,
    bytes: bool,
) -> PyResult<String> {
    let fail = format_error;
    let limit = vm.format_limit();
    if bytes && spec.conv == 'b' {
        let as_s = PercentSpec {
            conv: 's',
            ..spec.clone()
        };
        return convert(vm, &as_s, value, width, precision, bytes);
    }
    match spec.kind().map_err(fail)? {
        PercentKind::Text => {
            let text = match (spec.conv, bytes) {
                ('s', false) => vm.str(value)?,
                ('r', false) => vm.repr(value)?,
                ('s', true) => latin1_text(&bytes_of(vm, value)?),
                _ => vm.ascii(value)?,
            };
            percent_str(&text, spec, width, precision, limit).map_err(|e| vm.format_error(e))
        }
        PercentKind::Char => {
            let c = if bytes {
                byte_char(vm, value)?
            } else {
                text_char(value)?
            };
            percent_str(&c.to_string(), spec, width, precision, limit)
                .map_err(|e| vm.format_error(e))
        }
        PercentKind::Int => {
            // The common `%d` of an int: its digits, without a big-int detour.
            if let (Value::Int(i), 'd' | 'i' | 'u', None, None) =
                (value, spec.conv, width, precision)
            {
                if spec.flags == PercentFlags::default() {
                    return Ok(i.to_string());
                }
            }
            let n = int_value(vm, spec, value)?;
            percent_int(&n, spec, width, precision, limit).map_err(|e| vm.format_error(e))
        }
        PercentKind::Float => {
            let x = vm.to_f64(value)?;
            percent_float(x, spec, width, precision, limit).map_err(|e| vm.format_error(e))
        }
    }
}

/// The character `%c` of a str template formats: an int code point or a 1-character str.
fn text_char(value: &Value) -> PyResult<char> {
    match crate::vm::num::to_bigint(value) {
        Some(n) => {
            let code = i64::try_from(&n).unwrap_or(-1);
            char_from_code_point(code).map_err(format_error)
        }
        _ => {
            let s = StrKind::unwrap(value)
                .ok_or_else(|| format_error(FormatError::CharRequiresIntOrChar))?;
            let mut chars = s.as_str().unwrap_or_default().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(format_error(FormatError::CharRequiresIntOrChar)),
            }
        }
    }
}

/// The byte `%c` of a bytes template formats: an int below 256 or a 1-byte bytes.
fn byte_char(vm: &mut Vm, value: &Value) -> PyResult<char> {
    let wrong = || PyErr::type_error("%c requires an integer in range(256) or a single byte");
    if let Some(b) = super::text::unwrap_arg::<BytesKind>(vm, value)? {
        return match super::text::raw(&b) {
            [one] => Ok(char::from(*one)),
            _ => Err(wrong()),
        };
    }
    if !matches!(value, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Err(wrong());
    }
    let n = vm.to_index(value)?;
    u8::try_from(n)
        .map(char::from)
        .map_err(|_| PyErr::overflow("%c arg not in range(256)"))
}

/// The bytes `%s`/`%b` of a bytes template formats: a bytes value or `__bytes__()`.
fn bytes_of(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = value.bytes_like() {
        return Ok(b.into_owned());
    }
    if let Some(b) = BytesKind::unwrap(value) {
        return Ok(super::text::raw(&b).to_vec());
    }
    if let Value::Instance(inst) = value {
        if let Some(f) = inst.class.lookup("__bytes__") {
            let r = vm.call(&f, Args::new(vec![value.clone()]))?;
            if let Value::Bytes(b) = r {
                return Ok(b.bytes.clone());
            }
            return Err(PyErr::type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            )));
        }
    }
    Err(PyErr::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(value)
    )))
}

/// The integer `%d`-family conversions format: ints as they are; for `d i u` also floats
/// (truncated) and objects with `__int__`; for `o x X` only `__index__` objects.
fn int_value(vm: &mut Vm, spec: &PercentSpec, value: &Value) -> PyResult<BigInt> {
    let decimal = matches!(spec.conv, 'd' | 'i' | 'u');
    let wrong = |vm: &Vm| {
        format_error(FormatError::PercentWrongType {
            conv: spec.conv,
            requirement: if decimal {
                "a real number"
            } else {
                "an integer"
            },
            type_name: vm.type_name(value),
        })
    };
    let plain = match value {
        Value::Instance(inst) => inst.builtin_value().unwrap_or_else(|| value.clone()),
        other => other.clone(),
    };
    if let Some(n) = crate::vm::num::to_bigint(&plain) {
        return Ok(n);
    }
    match &plain {
        Value::Float(x) if decimal => float_to_int(*x),
        Value::Float(_) => Err(PyErr::type_error(format!(
            "%{} format: an integer is required, not {}",
            spec.conv,
            vm.type_name(value)
        ))),
        Value::Instance(inst) => {
            let hook = if decimal { "__int__" } else { "__index__" };
            let f = inst.class.lookup(hook).ok_or_else(|| wrong(vm))?;
            let r = vm.call(&f, Args::new(vec![value.clone()]))?;
            crate::vm::num::to_bigint(&r).ok_or_else(|| {
                PyErr::type_error(format!(
                    "{hook} returned non-int (type {})",
                    vm.type_name(&r)
                ))
            })
        }
        _ => Err(wrong(vm)),
    }
}

/// `int(x)` of a float, with CPython's errors for NaN and infinities.
fn float_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(x.trunc()).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::format_percent;
    use crate::value::Value;
    use crate::vm::{PyErr, Vm};

    fn fmt(vm: &mut Vm, template: &str, args: Value) -> String {
        match format_percent(vm, &Value::str(template), &args) {
            Ok(v) => v.as_str().unwrap_or_default().to_string(),
            Err(PyErr::New(kind, args)) => {
                format!(
                    "{}: {}",
                    kind.name(),
                    args.first().and_then(Value::as_str).unwrap_or_default()
                )
            }
            Err(other) => format!("{other:?}"),
        }
    }

    #[test]
    fn percent_matches_cpython() {
        let mut vm = Vm::new();
        let t = Value::tuple;
        let cases: Vec<(&str, Value, &str)> = vec![
            (
                "%s is %d years",
                t(vec![Value::str("Bob"), Value::Int(42)]),
                "Bob is 42 years",
            ),
            (
                "%d %i",
                t(vec![Value::Float(3.9), Value::Float(-3.9)]),
                "3 -3",
            ),
            (
                "%5d|%-5d|%05d|%+d",
                t(vec![Value::Int(42); 4]),
                "   42|42   |00042|+42",
            ),
            (
                "%*d|%.*f",
                t(vec![
                    Value::Int(-4),
                    Value::Int(1),
                    Value::Int(2),
                    Value::Float(1.23456),
                ]),
                "1   |1.23",
            ),
            ("%c%c", t(vec![Value::Int(72), Value::str("i")]), "Hi"),
            ("100%%", t(vec![]), "100%"),
            ("%s", Value::list(vec![Value::Int(1)]), "[1]"),
            (
                "abc",
                Value::Int(5),
                "TypeError: not all arguments converted during string formatting",
            ),
            ("abc", Value::list(vec![]), "abc"),
            (
                "%s %s",
                t(vec![Value::Int(1)]),
                "TypeError: not enough arguments for format string",
            ),
            (
                "%d",
                Value::str("x"),
                "TypeError: %d format: a real number is required, not str",
            ),
            (
                "%x",
                Value::Float(1.5),
                "TypeError: %x format: an integer is required, not float",
            ),
            (
                "%(a)s",
                Value::Int(1),
                "TypeError: format requires a mapping",
            ),
            (
                "%z",
                Value::Int(1),
                "ValueError: unsupported format character 'z' (0x7a) at index 1",
            ),
            (
                "%c",
                Value::Int(-1),
                "OverflowError: %c arg not in range(0x110000)",
            ),
            (
                "%f",
                Value::str("x"),
                "TypeError: must be real number, not str",
            ),
        ];
        for (template, args, expected) in cases {
            assert_eq!(fmt(&mut vm, template, args), expected, "{template:?}");
        }
    }

    #[test]
    fn mapping_keys() {
        let mut vm = Vm::new();
        let d = Value::Dict(std::rc::Rc::new(crate::value::Dict::new()));
        vm.setitem(&d, Value::str("a"), Value::Int(255)).ok();
        assert_eq!(fmt(&mut vm, "%(a)d %(a)x", d.clone()), "255 ff");
        assert_eq!(
            fmt(&mut vm, "%(a)s %s", d.clone()),
            "TypeError: not enough arguments for format string"
        );
        assert!(fmt(&mut vm, "%(b)s", d).starts_with("KeyError"));
    }

    #[test]
    fn subclass_arguments_end_to_end() {
        let program = "class T(tuple): pass\nclass S(str): pass\nclass D(dict):\n    def __missing__(self, k): return '?' + k\nprint('%s-%s' % T((1, 2)), '%(a)s %(b)s' % D(a=1), '%s' % S('x'))\ntry:\n    'abc' % S('x')\nexcept TypeError as e:\n    print(e)\n";
        let out = crate::Sandbox::new().run(program);
        assert_eq!(
            out.stdout,
            "1-2 1 ?b x\nnot all arguments converted during string formatting\n"
        );
    }

    #[test]
    fn bytes_templates() {
        let mut vm = Vm::new();
        let args = Value::tuple(vec![
            Value::Int(5),
            Value::bytes(b"by\xfe".to_vec()),
            Value::Int(255),
        ]);
        let r = format_percent(&mut vm, &Value::bytes(b"%d-%s-%x".to_vec()), &args);
        assert!(matches!(r, Ok(Value::Bytes(b)) if b.bytes == b"5-by\xfe-ff"));
        let r = format_percent(&mut vm, &Value::bytes(b"%s".to_vec()), &Value::str("x"));
        assert!(matches!(
            r,
            Err(PyErr::New(crate::vm::ExcKind::TypeError, _))
        ));
    }
}
