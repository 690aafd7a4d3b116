//! The shared core of the `str` and `bytes` methods. Both types have the same methods with
//! the same semantics, over code points for `str` and over bytes for `bytes`, so every
//! algorithm is written once, generic over a [`Unit`] (a `char` or a `u8`) and a [`Kind`]
//! (which of the two types, with its error messages). Both kinds keep their data as bytes
//! (UTF-8 for `str`), and the algorithms work on byte offsets: a substring search on UTF-8
//! only ever matches at character boundaries, so only index arguments and results need
//! converting between code points and bytes, and for ASCII text that is free.

use std::ops::Range;

use super::unicode_data::{ALPHA, DECIMAL, DIGIT_EXTRA, NUMERIC_EXTRA, TITLE_EXCEPTIONS};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// One element of a text: a code point of a `str` or a byte of a `bytes`, with the
/// per-element classification and case mapping each type defines.
pub(crate) trait Unit: Copy + Ord + 'static {
    /// The unit for an ASCII character (padding, zeros, signs).
    fn from_ascii(b: u8) -> Self;
    /// The first unit of `bytes` and its width in bytes.
    fn decode(bytes: &[u8]) -> Option<(Self, usize)>;
    /// The last unit of `bytes` and its width in bytes.
    fn decode_back(bytes: &[u8]) -> Option<(Self, usize)>;
    /// Appends the unit's encoding.
    fn encode(self, out: &mut Vec<u8>);
    /// Whether this unit is ASCII `c`.
    fn is(self, c: u8) -> bool;
    /// `isspace`: what `split()` and `strip()` treat as whitespace.
    fn is_space(self) -> bool;
    /// What `splitlines` breaks at.
    fn is_line_break(self) -> bool;
    /// `isalpha`.
    fn is_alpha(self) -> bool;
    /// `isdecimal`.
    fn is_decimal(self) -> bool;
    /// `isdigit`.
    fn is_digit(self) -> bool;
    /// `isnumeric`.
    fn is_numeric(self) -> bool;
    /// Has the Uppercase property.
    fn is_upper(self) -> bool;
    /// Has the Lowercase property.
    fn is_lower(self) -> bool;
    /// Is a titlecase letter (category Lt).
    fn is_title(self) -> bool;
    /// Appends the unit's full uppercase mapping.
    fn push_upper(self, out: &mut Vec<u8>);
    /// Appends the unit's full lowercase mapping.
    fn push_lower(self, out: &mut Vec<u8>);
    /// Appends the unit's full titlecase mapping.
    fn push_title(self, out: &mut Vec<u8>);
    /// `lower()` of a whole text (overridden by `char` for the context-dependent final sigma).
    fn lower_all(bytes: &[u8]) -> Vec<u8> {
        map_units::<Self>(bytes, |u, out| u.push_lower(out))
    }
    /// `upper()` of a whole text.
    fn upper_all(bytes: &[u8]) -> Vec<u8> {
        map_units::<Self>(bytes, |u, out| u.push_upper(out))
    }

    /// `isalnum`.
    fn is_alnum(self) -> bool {
        self.is_alpha() || self.is_numeric()
    }

    /// Cased in the Unicode sense: what `title()` and `istitle()` track.
    fn is_cased(self) -> bool {
        self.is_upper() || self.is_lower() || self.is_title()
    }
}

impl Unit for u8 {
    fn from_ascii(b: u8) -> Self {
        b
    }
    fn decode(bytes: &[u8]) -> Option<(Self, usize)> {
        bytes.first().map(|&b| (b, 1))
    }
    fn decode_back(bytes: &[u8]) -> Option<(Self, usize)> {
        bytes.last().map(|&b| (b, 1))
    }
    fn encode(self, out: &mut Vec<u8>) {
        out.push(self);
    }
    fn is(self, c: u8) -> bool {
        self == c
    }
    fn is_space(self) -> bool {
        matches!(self, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    }
    fn is_line_break(self) -> bool {
        matches!(self, b'\n' | b'\r')
    }
    fn is_alpha(self) -> bool {
        self.is_ascii_alphabetic()
    }
    fn is_decimal(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_digit(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_numeric(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_upper(self) -> bool {
        self.is_ascii_uppercase()
    }
    fn is_lower(self) -> bool {
        self.is_ascii_lowercase()
    }
    fn is_title(self) -> bool {
        false
    }
    fn push_upper(self, out: &mut Vec<u8>) {
        out.push(self.to_ascii_uppercase());
    }
    fn push_lower(self, out: &mut Vec<u8>) {
        out.push(self.to_ascii_lowercase());
    }
    fn push_title(self, out: &mut Vec<u8>) {
        out.push(self.to_ascii_uppercase());
    }
}

impl Unit for char {
    fn from_ascii(b: u8) -> Self {
        char::from(b)
    }
    fn decode(bytes: &[u8]) -> Option<(Self, usize)> {
        let first = *bytes.first()?;
        let (width, bits) = match first {
            0..=0x7f => return Some((char::from(first), 1)),
            0xc0..=0xdf => (2, first & 0x1f),
            0xe0..=0xef => (3, first & 0x0f),
            _ => (4, first & 0x07),
        };
        let mut code = u32::from(bits);
        for &b in bytes.get(1..width)? {
            code = (code << 6) | u32::from(b & 0x3f);
        }
        char::from_u32(code).map(|c| (c, width))
    }
    fn decode_back(bytes: &[u8]) -> Option<(Self, usize)> {
        let start = (bytes.len().saturating_sub(4)..bytes.len())
            .rev()
            .find(|&i| bytes.get(i).is_some_and(|b| b & 0xc0 != 0x80))?;
        Self::decode(bytes.get(start..)?)
    }
    fn encode(self, out: &mut Vec<u8>) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(self.encode_utf8(&mut buf).as_bytes());
    }
    fn is(self, c: u8) -> bool {
        self == char::from(c)
    }
    fn is_space(self) -> bool {
        self.is_whitespace() || ('\x1c'..='\x1f').contains(&self)
    }
    fn is_line_break(self) -> bool {
        matches!(
            self,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    }
    fn is_alpha(self) -> bool {
        if self.is_ascii() {
            self.is_ascii_alphabetic()
        } else {
            in_table(ALPHA, self)
        }
    }
    fn is_decimal(self) -> bool {
        self.is_ascii_digit() || (!self.is_ascii() && in_table(DECIMAL, self))
    }
    fn is_digit(self) -> bool {
        Unit::is_decimal(self) || (!self.is_ascii() && in_table(DIGIT_EXTRA, self))
    }
    fn is_numeric(self) -> bool {
        Unit::is_digit(self) || (!self.is_ascii() && in_table(NUMERIC_EXTRA, self))
    }
    fn is_upper(self) -> bool {
        self.is_uppercase()
    }
    fn is_lower(self) -> bool {
        self.is_lowercase()
    }
    fn is_title(self) -> bool {
        matches!(self as u32,
            0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
    }
    fn push_upper(self, out: &mut Vec<u8>) {
        self.to_uppercase().for_each(|c| c.encode(out));
    }
    fn push_lower(self, out: &mut Vec<u8>) {
        self.to_lowercase().for_each(|c| c.encode(out));
    }
    fn push_title(self, out: &mut Vec<u8>) {
        match self as u32 {
            // Georgian Mkhedruli letters are their own titlecase (uppercase is Mtavruli).
            0x10d0..=0x10fa | 0x10fd..=0x10ff => self.encode(out),
            // Greek letters with ypogegrammeni map to the prosgegrammeni form.
            0x1f80..=0x1faf => char::from_u32(self as u32 | 8).unwrap_or(self).encode(out),
            _ => match TITLE_EXCEPTIONS.binary_search_by_key(&self, |&(c, _)| c) {
                Ok(i) => out
                    .extend_from_slice(TITLE_EXCEPTIONS.get(i).map_or("", |&(_, t)| t).as_bytes()),
                Err(_) => self.push_upper(out),
            },
        }
    }
    fn lower_all(bytes: &[u8]) -> Vec<u8> {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_lowercase().into_bytes(),
            Err(_) => map_units::<Self>(bytes, |u, out| u.push_lower(out)),
        }
    }
    fn upper_all(bytes: &[u8]) -> Vec<u8> {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_uppercase().into_bytes(),
            Err(_) => map_units::<Self>(bytes, |u, out| u.push_upper(out)),
        }
    }
}

/// Whether `c` falls in one of a flat `start, end, start, end, …` range table.
fn in_table(table: &[u32], c: char) -> bool {
    let code = c as u32;
    let (mut lo, mut hi) = (0usize, table.len() / 2);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let (start, end) = (
            table.get(2 * mid).copied().unwrap_or(0),
            table.get(2 * mid + 1).copied().unwrap_or(0),
        );
        if code < start {
            hi = mid;
        } else if code > end {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

/// `casefold()` of one character: the lowercase of its uppercase, except where Unicode's
/// case folding differs from that (Cherokee folds to uppercase).
pub(crate) fn push_casefold(c: char, out: &mut Vec<u8>) {
    match c as u32 {
        0x13f8..=0x13fd | 0xab70..=0xabbf => c.push_upper(out),
        0x13a0..=0x13f5 | 0x131 => c.encode(out),
        0x1e9e => out.extend_from_slice(b"ss"),
        _ => c.to_uppercase().for_each(|u| u.push_lower(out)),
    }
}

/// Iterates the units of `bytes` with their byte offsets.
pub(crate) fn units<U: Unit>(bytes: &[u8]) -> impl Iterator<Item = (usize, U)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let (u, width) = U::decode(bytes.get(pos..)?)?;
        let at = pos;
        pos += width;
        Some((at, u))
    })
}

/// Builds a new text by mapping each unit to its replacement.
pub(crate) fn map_units<U: Unit>(bytes: &[u8], mut f: impl FnMut(U, &mut Vec<u8>)) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (_, u) in units::<U>(bytes) {
        f(u, &mut out);
    }
    out
}

/// Why an argument is being converted, so each kind can word its type error as CPython does.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Role {
    /// `split`/`rsplit` separator.
    Sep,
    /// `strip`-family characters (the method name).
    Strip(&'static str),
    /// A searched-for substring (`find`, `count`, `partition`, …).
    Sub,
    /// `replace` argument 1 or 2.
    Replace(u8),
    /// `removeprefix`/`removesuffix` argument (the method name).
    Affix(&'static str),
}

/// `str` or `bytes`: how to recognise, build and complain about values of the type.
pub(crate) trait Kind: 'static {
    /// What the type's elements are.
    type Unit: Unit;
    /// The Python type name.
    const NAME: &'static str;
    /// The plain `str`/`bytes` value `v` is or wraps (a subclass instance), if any.
    fn unwrap(v: &Value) -> Option<Value>;
    /// A new value from bytes made of whole units of this kind.
    fn make(bytes: Vec<u8>) -> Value;
    /// The TypeError for an argument of the wrong type in `role`.
    fn wrong_arg(role: Role, type_name: &str) -> PyErr;
    /// The TypeError for a `join` item of the wrong type.
    fn wrong_join_item(index: usize, type_name: &str) -> PyErr;
    /// A fill character argument (`center(width, fillchar)`) as a unit.
    fn fill_unit(vm: &Vm, method: &str, v: &Value) -> PyResult<Self::Unit>;
    /// The ValueError of `index`/`rindex` when nothing is found.
    const NOT_FOUND: &'static str;
    /// The first `startswith` argument of the wrong type.
    fn wrong_prefix(method: &str, type_name: &str) -> PyErr;
    /// The argument of `find`/`count`/`index` as a plain value of this kind (`bytes` also
    /// takes an int, meaning that byte).
    fn needle(vm: &mut Vm, v: &Value) -> PyResult<Value> {
        Self::unwrap(v).ok_or_else(|| Self::wrong_arg(Role::Sub, &vm.type_name(v)))
    }
    /// An item of a `startswith` tuple of the wrong type.
    fn wrong_prefix_item(method: &str, type_name: &str) -> PyErr;
}

/// The `str` kind.
pub(crate) struct StrKind;
/// The `bytes` kind.
pub(crate) struct BytesKind;

impl Kind for StrKind {
    type Unit = char;
    const NAME: &'static str = "str";
    const NOT_FOUND: &'static str = "substring not found";
    fn unwrap(v: &Value) -> Option<Value> {
        match v {
            Value::Str(_) => Some(v.clone()),
            Value::Instance(inst) => inst.builtin_value().filter(|b| matches!(b, Value::Str(_))),
            _ => None,
        }
    }
    fn make(bytes: Vec<u8>) -> Value {
        Value::str(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        )
    }
    fn wrong_arg(role: Role, tn: &str) -> PyErr {
        PyErr::type_error(match role {
            Role::Sep => format!("must be str or None, not {tn}"),
            Role::Strip(name) => format!("{name} arg must be None or str"),
            Role::Sub => format!("must be str, not {tn}"),
            Role::Replace(n) => format!("replace() argument {n} must be str, not {tn}"),
            Role::Affix(name) => format!("{name}() argument must be str, not {tn}"),
        })
    }
    fn wrong_join_item(index: usize, tn: &str) -> PyErr {
        PyErr::type_error(format!(
            "sequence item {index}: expected str instance, {tn} found"
        ))
    }
    fn fill_unit(vm: &Vm, _method: &str, v: &Value) -> PyResult<char> {
        let s = Self::unwrap(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(v)
            ))
        })?;
        let text = raw(&s);
        match char::decode(text) {
            Some((c, width)) if width == text.len() => Ok(c),
            _ => Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            )),
        }
    }
    fn wrong_prefix(method: &str, tn: &str) -> PyErr {
        PyErr::type_error(format!(
            "{method} first arg must be str or a tuple of str, not {tn}"
        ))
    }
    fn wrong_prefix_item(method: &str, tn: &str) -> PyErr {
        PyErr::type_error(format!(
            "tuple for {method} must only contain str, not {tn}"
        ))
    }
}

impl Kind for BytesKind {
    type Unit = u8;
    const NAME: &'static str = "bytes";
    const NOT_FOUND: &'static str = "subsection not found";
    fn unwrap(v: &Value) -> Option<Value> {
        match v {
            Value::Bytes(_) => Some(v.clone()),
            Value::Instance(inst) => inst
                .builtin_value()
                .filter(|b| matches!(b, Value::Bytes(_))),
            _ => None,
        }
    }
    fn make(bytes: Vec<u8>) -> Value {
        Value::bytes(bytes)
    }
    fn wrong_arg(_role: Role, tn: &str) -> PyErr {
        bytes_like_required(tn)
    }
    fn wrong_join_item(index: usize, tn: &str) -> PyErr {
        PyErr::type_error(format!(
            "sequence item {index}: expected a bytes-like object, {tn} found"
        ))
    }
    fn fill_unit(vm: &Vm, method: &str, v: &Value) -> PyResult<u8> {
        match Self::unwrap(v) {
            Some(b) if raw(&b).len() == 1 => Ok(raw(&b).first().copied().unwrap_or(b' ')),
            _ => Err(PyErr::type_error(format!(
                "{method}() argument 2 must be a byte string of length 1, not {}",
                vm.type_name(v)
            ))),
        }
    }
    fn wrong_prefix(method: &str, tn: &str) -> PyErr {
        PyErr::type_error(format!(
            "{method} first arg must be bytes or a tuple of bytes, not {tn}"
        ))
    }
    fn wrong_prefix_item(_method: &str, tn: &str) -> PyErr {
        bytes_like_required(tn)
    }
    fn needle(vm: &mut Vm, v: &Value) -> PyResult<Value> {
        if let Some(b) = Self::unwrap(v) {
            return Ok(b);
        }
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let n = vm.to_index(v)?;
                u8::try_from(n)
                    .map(|b| Value::bytes(vec![b]))
                    .map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
            }
            _ => Err(PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            ))),
        }
    }
}

/// `a bytes-like object is required, not 'X'`.
pub(crate) fn bytes_like_required(type_name: &str) -> PyErr {
    PyErr::type_error(format!(
        "a bytes-like object is required, not '{type_name}'"
    ))
}

/// The data of a `str` (its UTF-8) or `bytes` value; empty for anything else.
pub(crate) fn raw(v: &Value) -> &[u8] {
    match v {
        Value::Str(s) => s.as_str().as_bytes(),
        Value::Bytes(b) => &b.bytes,
        _ => &[],
    }
}

/// A `str` or `bytes` receiver with its length in units, converting unit indices (what
/// Python sees) to and from byte offsets (what the algorithms use).
pub(crate) struct Text {
    /// The plain `str`/`bytes` value.
    pub value: Value,
    /// Length in units (code points or bytes).
    pub len: usize,
}

impl Text {
    /// Wraps a plain `str` or `bytes` value.
    pub fn new(value: Value) -> Text {
        let len = match &value {
            Value::Str(s) => s.char_len(),
            other => raw(other).len(),
        };
        Text { value, len }
    }

    /// The underlying bytes.
    pub fn bytes(&self) -> &[u8] {
        raw(&self.value)
    }

    /// Whether units and bytes coincide (bytes, or ASCII-only text).
    pub fn ascii(&self) -> bool {
        self.len == self.bytes().len()
    }

    /// The byte offset of unit `index` (clamped to the end).
    pub fn offset(&self, index: usize) -> usize {
        let bytes = self.bytes();
        if self.ascii() {
            return index.min(bytes.len());
        }
        let mut seen = 0;
        for (at, &b) in bytes.iter().enumerate() {
            if b & 0xc0 != 0x80 {
                if seen == index {
                    return at;
                }
                seen += 1;
            }
        }
        bytes.len()
    }

    /// The unit index of byte offset `offset`.
    pub fn index(&self, offset: usize) -> usize {
        if self.ascii() {
            return offset;
        }
        self.bytes()
            .get(..offset)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b & 0xc0 != 0x80)
            .count()
    }

    /// The bytes of units `start..end` (unit indices, `start <= end <= len`) and the byte
    /// offset where they begin.
    pub fn window(&self, start: usize, end: usize) -> (&[u8], usize) {
        let (from, to) = (self.offset(start), self.offset(end));
        (self.bytes().get(from..to).unwrap_or_default(), from)
    }
}

/// Reads `self` of a method of kind `K`, with CPython's messages when it is missing or of
/// another type (`str.upper(1)`).
pub(crate) fn receiver<K: Kind>(vm: &Vm, args: &Args, method: &str) -> PyResult<Text> {
    let first = args.get(0).ok_or_else(|| {
        PyErr::type_error(format!(
            "unbound method {}.{method}() needs an argument",
            K::NAME
        ))
    })?;
    K::unwrap(first).map(Text::new).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{method}' for '{}' objects doesn't apply to a '{}' object",
            K::NAME,
            vm.type_name(first)
        ))
    })
}

/// How a method takes its arguments, which decides CPython's wording of count errors.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Sig {
    /// No arguments: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// Exactly one: `str.join() takes exactly one argument (0 given)`.
    One,
    /// Positional-only via Argument Clinic: `center expected at least 1 argument, got 0`.
    Clinic(usize, usize),
    /// Positional-only, older style: `find() takes at least 1 argument (0 given)`.
    Legacy(usize, usize),
    /// Positional-or-keyword parameters with these names, none required.
    Keywords(&'static [&'static str]),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks the arguments after `self` against `sig` and returns one slot per parameter
/// (for `Keywords`) or per positional argument given (otherwise).
pub(crate) fn parse_args(
    kind: &str,
    method: &str,
    mut args: Args,
    sig: Sig,
) -> PyResult<Vec<Option<Value>>> {
    let given: Vec<Value> = args.pos.drain(..).skip(1).collect();
    let n = given.len();
    let count_error = |msg: String| Err(PyErr::type_error(msg));
    let no_kwargs = || PyErr::type_error(format!("{kind}.{method}() takes no keyword arguments"));
    match sig {
        Sig::NoArgs => {
            if !args.kw.is_empty() {
                return Err(no_kwargs());
            }
            if n != 0 {
                return count_error(format!("{kind}.{method}() takes no arguments ({n} given)"));
            }
        }
        Sig::One => {
            if !args.kw.is_empty() {
                return Err(no_kwargs());
            }
            if n != 1 {
                return count_error(format!(
                    "{kind}.{method}() takes exactly one argument ({n} given)"
                ));
            }
        }
        Sig::Clinic(min, max) | Sig::Legacy(min, max) => {
            if !args.kw.is_empty() {
                return Err(no_kwargs());
            }
            let legacy = matches!(sig, Sig::Legacy(..));
            if n < min {
                return count_error(if legacy {
                    format!(
                        "{method}() takes at least {min} argument{} ({n} given)",
                        plural(min)
                    )
                } else {
                    format!(
                        "{method} expected at least {min} argument{}, got {n}",
                        plural(min)
                    )
                });
            }
            if n > max {
                return count_error(if legacy {
                    format!(
                        "{method}() takes at most {max} argument{} ({n} given)",
                        plural(max)
                    )
                } else {
                    format!(
                        "{method} expected at most {max} argument{}, got {n}",
                        plural(max)
                    )
                });
            }
        }
        Sig::Keywords(names) => {
            if n > names.len() {
                return count_error(format!(
                    "{method}() takes at most {} argument{} ({n} given)",
                    names.len(),
                    plural(names.len())
                ));
            }
            let mut slots: Vec<Option<Value>> = given.into_iter().map(Some).collect();
            slots.resize(names.len(), None);
            for (key, value) in args.kw.drain(..) {
                let pos = names
                    .iter()
                    .position(|name| **name == *key)
                    .ok_or_else(|| {
                        PyErr::type_error(format!(
                            "'{key}' is an invalid keyword argument for {method}()"
                        ))
                    })?;
                match slots.get_mut(pos) {
                    Some(slot @ None) => *slot = Some(value),
                    _ => {
                        return count_error(format!(
                            "argument for {method}() given by name ('{key}') and position ({})",
                            pos + 1
                        ))
                    }
                }
            }
            return Ok(slots);
        }
    }
    Ok(given.into_iter().map(Some).collect())
}

/// The receiver and the argument slots of a method of kind `K`.
pub(crate) fn method_args<K: Kind>(
    vm: &Vm,
    args: Args,
    method: &str,
    sig: Sig,
) -> PyResult<(Text, Vec<Option<Value>>)> {
    let text = receiver::<K>(vm, &args, method)?;
    let slots = parse_args(K::NAME, method, args, sig)?;
    Ok((text, slots))
}

/// The slot at `i`, treating Python `None` like a missing argument.
pub(crate) fn slot(slots: &[Option<Value>], i: usize) -> Option<&Value> {
    slots
        .get(i)
        .and_then(Option::as_ref)
        .filter(|v| !v.is_none())
}

/// The slot at `i` converted to a text of kind `K` (errors worded for `role`).
pub(crate) fn text_arg<K: Kind>(
    vm: &Vm,
    slots: &[Option<Value>],
    i: usize,
    role: Role,
) -> PyResult<Option<Text>> {
    match slots.get(i).and_then(Option::as_ref) {
        None => Ok(None),
        Some(v) => K::unwrap(v)
            .map(|t| Some(Text::new(t)))
            .ok_or_else(|| K::wrong_arg(role, &vm.type_name(v))),
    }
}

/// An integer argument (`__index__`), or `default` when absent.
pub(crate) fn int_arg(
    vm: &mut Vm,
    slots: &[Option<Value>],
    i: usize,
    default: i64,
) -> PyResult<i64> {
    match slots.get(i).and_then(Option::as_ref) {
        None => Ok(default),
        Some(v) => vm.to_index(v),
    }
}

/// A slice bound argument (`find(sub, start, end)`): an int, None, or `__index__`.
fn bound_arg(vm: &mut Vm, slots: &[Option<Value>], i: usize) -> PyResult<Option<i64>> {
    match slot(slots, i) {
        None => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_))) => {
            vm.to_index(v).map(Some).map_err(|_| slice_index_error())
        }
        Some(_) => Err(slice_index_error()),
    }
}

fn slice_index_error() -> PyErr {
    PyErr::type_error("slice indices must be integers or None or have an __index__ method")
}

/// The `start, end` unit bounds in slots `i` and `i + 1`, adjusted like a slice of a text
/// of `len` units (CPython's `ADJUST_INDICES`: `end` is clamped, `start` may exceed `len`).
pub(crate) fn bounds(
    vm: &mut Vm,
    slots: &[Option<Value>],
    i: usize,
    len: usize,
) -> PyResult<(usize, usize)> {
    let start = bound_arg(vm, slots, i)?;
    let end = bound_arg(vm, slots, i + 1)?;
    Ok(adjust_indices(start, end, len))
}

/// CPython's `ADJUST_INDICES`.
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let fix = |v: i64| -> usize {
        let v = if v < 0 {
            v.saturating_add(len_i).max(0)
        } else {
            v
        };
        usize::try_from(v).unwrap_or(usize::MAX)
    };
    let end = end.map_or(len, |e| fix(e).min(len));
    let start = start.map_or(0, fix);
    (start, end)
}

/// Substring search on byte strings: naive for short needles, Knuth–Morris–Pratt for long
/// ones, so no needle can make a search quadratic.
pub(crate) struct Finder<'n> {
    needle: &'n [u8],
    /// KMP failure table for the needle read forwards (and one for it read backwards),
    /// built only for long needles.
    forward: Vec<usize>,
    backward: Vec<usize>,
}

/// Needles up to this length are searched naively (at most this many compares per byte).
const NAIVE_MAX: usize = 16;

impl<'n> Finder<'n> {
    /// Prepares to search for `needle`.
    pub fn new(needle: &'n [u8]) -> Finder<'n> {
        let (forward, backward) = if needle.len() > NAIVE_MAX {
            (
                failure_table(needle.len(), |i| needle.get(i)),
                failure_table(needle.len(), |i| rev_at(needle, i)),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        Finder {
            needle,
            forward,
            backward,
        }
    }

    /// The needle's length in bytes.
    pub fn len(&self) -> usize {
        self.needle.len()
    }

    /// The offset of the first occurrence in `hay`.
    pub fn find(&self, hay: &[u8]) -> Option<usize> {
        let m = self.needle.len();
        if m == 0 {
            return Some(0);
        }
        if m > hay.len() {
            return None;
        }
        if m > NAIVE_MAX {
            return kmp(
                &self.forward,
                hay.len(),
                m,
                |i| hay.get(i),
                |i| self.needle.get(i),
            )
            .map(|end| end + 1 - m);
        }
        let first = self.needle.first()?;
        (0..=hay.len() - m)
            .find(|&i| hay.get(i) == Some(first) && hay.get(i..i + m) == Some(self.needle))
    }

    /// The offset of the last occurrence in `hay`.
    pub fn rfind(&self, hay: &[u8]) -> Option<usize> {
        let m = self.needle.len();
        if m > hay.len() {
            return None;
        }
        if m > NAIVE_MAX {
            let end = kmp(
                &self.backward,
                hay.len(),
                m,
                |i| rev_at(hay, i),
                |i| rev_at(self.needle, i),
            )?;
            return Some(hay.len() - 1 - end);
        }
        (0..=hay.len() - m)
            .rev()
            .find(|&i| hay.get(i..i + m) == Some(self.needle))
    }

    /// How many non-overlapping occurrences `hay` holds, up to `max`.
    pub fn count(&self, hay: &[u8], max: usize) -> usize {
        let mut n = 0;
        let mut pos = 0;
        while n < max {
            match hay.get(pos..).and_then(|rest| self.find(rest)) {
                Some(at) => {
                    n += 1;
                    pos += at + self.needle.len().max(1);
                    if self.needle.is_empty() && pos > hay.len() {
                        break;
                    }
                }
                None => break,
            }
        }
        n
    }
}

fn rev_at(s: &[u8], i: usize) -> Option<&u8> {
    s.len().checked_sub(i + 1).and_then(|j| s.get(j))
}

fn failure_table<'a>(m: usize, at: impl Fn(usize) -> Option<&'a u8>) -> Vec<usize> {
    let mut fail = vec![0usize; m];
    let mut k = 0;
    for i in 1..m {
        while k > 0 && at(i) != at(k) {
            k = fail.get(k - 1).copied().unwrap_or(0);
        }
        if at(i) == at(k) {
            k += 1;
        }
        if let Some(slot) = fail.get_mut(i) {
            *slot = k;
        }
    }
    fail
}

/// KMP scan; returns the hay position of the last byte of the first match.
fn kmp<'a, 'b>(
    fail: &[usize],
    n: usize,
    m: usize,
    hay: impl Fn(usize) -> Option<&'a u8>,
    needle: impl Fn(usize) -> Option<&'b u8>,
) -> Option<usize> {
    let mut k = 0;
    for i in 0..n {
        while k > 0 && hay(i) != needle(k) {
            k = fail.get(k - 1).copied().unwrap_or(0);
        }
        if hay(i) == needle(k) {
            k += 1;
        }
        if k == m {
            return Some(i);
        }
    }
    None
}

/// Byte ranges of the pieces of `bytes` split at runs of whitespace, at most `max` splits,
/// from the left or (`reverse`) from the right, in text order.
pub(crate) fn split_whitespace<U: Unit>(
    bytes: &[u8],
    max: usize,
    reverse: bool,
) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let next = |i: usize| {
        if reverse {
            U::decode_back(bytes.get(..i)?)
        } else {
            U::decode(bytes.get(i..)?)
        }
    };
    let step = |i: usize, w: usize| if reverse { i - w } else { i + w };
    let done = if reverse { 0 } else { bytes.len() };
    let mut i = if reverse { bytes.len() } else { 0 };
    let skip_space = |mut i: usize| {
        while let Some((u, w)) = next(i) {
            if !u.is_space() {
                break;
            }
            i = step(i, w);
        }
        i
    };
    let mut splits = 0;
    while splits < max {
        i = skip_space(i);
        if i == done {
            break;
        }
        let j = i;
        while let Some((u, w)) = next(i) {
            if u.is_space() {
                break;
            }
            i = step(i, w);
        }
        pieces.push(if reverse { i..j } else { j..i });
        splits += 1;
    }
    if i != done {
        i = skip_space(i);
        if i != done {
            pieces.push(if reverse { 0..i } else { i..bytes.len() });
        }
    }
    if reverse {
        pieces.reverse();
    }
    pieces
}

/// Byte ranges of the pieces of `bytes` split at `sep` (non-empty), at most `max` splits.
pub(crate) fn split_at(bytes: &[u8], sep: &Finder, max: usize, reverse: bool) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    if reverse {
        let mut end = bytes.len();
        while pieces.len() < max {
            match bytes.get(..end).and_then(|h| sep.rfind(h)) {
                Some(at) => {
                    pieces.push(at + sep.len()..end);
                    end = at;
                }
                None => break,
            }
        }
        pieces.push(0..end);
        pieces.reverse();
    } else {
        let mut start = 0;
        while pieces.len() < max {
            match bytes.get(start..).and_then(|h| sep.find(h)) {
                Some(at) => {
                    pieces.push(start..start + at);
                    start += at + sep.len();
                }
                None => break,
            }
        }
        pieces.push(start..bytes.len());
    }
    pieces
}

/// Byte ranges of the lines of `bytes`, with or without their line breaks (`\r\n` is one).
pub(crate) fn split_lines<U: Unit>(bytes: &[u8], keepends: bool) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some((u, w)) = bytes.get(i..).and_then(U::decode) {
        if !u.is_line_break() {
            i += w;
            continue;
        }
        let mut end = i + w;
        if u.is(b'\r') && bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        lines.push(start..if keepends { end } else { i });
        start = end;
        i = end;
    }
    if start < bytes.len() {
        lines.push(start..bytes.len());
    }
    lines
}

/// The byte range left after stripping units for which `strip` holds from the left and/or
/// right end.
pub(crate) fn strip_range<U: Unit>(
    bytes: &[u8],
    left: bool,
    right: bool,
    strip: impl Fn(U) -> bool,
) -> Range<usize> {
    let mut start = 0;
    let mut end = bytes.len();
    if left {
        while let Some((u, w)) = bytes.get(start..end).and_then(U::decode) {
            if !strip(u) {
                break;
            }
            start += w;
        }
    }
    if right {
        while let Some((u, w)) = bytes.get(start..end).and_then(U::decode_back) {
            if !strip(u) {
                break;
            }
            end -= w;
        }
    }
    start..end
}

/// `replace(old, new, count)` on bytes; `old` may be empty (insert `new` around every unit).
pub(crate) fn replace<U: Unit>(
    vm: &Vm,
    bytes: &[u8],
    old: &[u8],
    new: &[u8],
    max: usize,
) -> PyResult<Vec<u8>> {
    if old.is_empty() {
        let unit_count = units::<U>(bytes).count();
        let inserts = max.min(unit_count + 1);
        vm.check_alloc(new.len(), inserts)?;
        let mut out = Vec::with_capacity(bytes.len() + new.len() * inserts);
        let mut done = 0;
        for (at, u) in units::<U>(bytes) {
            if done < inserts {
                out.extend_from_slice(new);
                done += 1;
            } else {
                out.extend_from_slice(bytes.get(at..).unwrap_or_default());
                return Ok(out);
            }
            u.encode(&mut out);
        }
        if done < inserts {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let finder = Finder::new(old);
    let n = finder.count(bytes, max);
    if new.len() > old.len() {
        vm.check_alloc(new.len() - old.len(), n)?;
    }
    let mut out = Vec::with_capacity((bytes.len() + n * new.len()).saturating_sub(n * old.len()));
    let mut pos = 0;
    for _ in 0..n {
        let Some(at) = bytes.get(pos..).and_then(|h| finder.find(h)) else {
            break;
        };
        out.extend_from_slice(bytes.get(pos..pos + at).unwrap_or_default());
        out.extend_from_slice(new);
        pos += at + old.len();
    }
    out.extend_from_slice(bytes.get(pos..).unwrap_or_default());
    Ok(out)
}

/// Pads `bytes` (`len` units) to `width` units with `fill`, putting `left` units of it in
/// front (the rest behind).
pub(crate) fn pad<U: Unit>(
    vm: &Vm,
    bytes: &[u8],
    left: usize,
    right: usize,
    fill: U,
) -> PyResult<Vec<u8>> {
    let mut unit = Vec::new();
    fill.encode(&mut unit);
    vm.check_alloc(unit.len(), left.saturating_add(right))?;
    let mut out = Vec::with_capacity(bytes.len() + unit.len() * (left + right));
    for _ in 0..left {
        out.extend_from_slice(&unit);
    }
    out.extend_from_slice(bytes);
    for _ in 0..right {
        out.extend_from_slice(&unit);
    }
    Ok(out)
}

/// `expandtabs(tabsize)`.
pub(crate) fn expand_tabs<U: Unit>(vm: &Vm, bytes: &[u8], tabsize: i64) -> PyResult<Vec<u8>> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut total: usize = 0;
    let mut column: usize = 0;
    for (_, u) in units::<U>(bytes) {
        if u.is(b'\t') {
            if tab > 0 {
                let spaces = tab - column % tab;
                column = column.saturating_add(spaces);
                total = total.saturating_add(spaces);
            }
        } else {
            total = total.saturating_add(1);
            column = if u.is(b'\n') || u.is(b'\r') {
                0
            } else {
                column.saturating_add(1)
            };
        }
    }
    vm.check_alloc(4, total)?;
    let mut out = Vec::with_capacity(bytes.len().max(total));
    let mut column = 0usize;
    for (_, u) in units::<U>(bytes) {
        if u.is(b'\t') {
            if tab > 0 {
                let spaces = tab - column % tab;
                out.resize(out.len() + spaces, b' ');
                column += spaces;
            }
        } else {
            u.encode(&mut out);
            column = if u.is(b'\n') || u.is(b'\r') {
                0
            } else {
                column + 1
            };
        }
    }
    Ok(out)
}

/// `title()`: the first cased unit of each word titlecased, the rest lowercased.
pub(crate) fn title<U: Unit>(bytes: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    map_units::<U>(bytes, |u, out| {
        if previous_cased {
            u.push_lower(out);
        } else {
            u.push_title(out);
        }
        previous_cased = u.is_cased();
    })
}

/// `capitalize()`: the first unit titlecased (uppercased for bytes), the rest lowercased.
pub(crate) fn capitalize<U: Unit>(bytes: &[u8]) -> Vec<u8> {
    let mut first = true;
    map_units::<U>(bytes, |u, out| {
        if first {
            u.push_title(out);
            first = false;
        } else {
            u.push_lower(out);
        }
    })
}

/// `swapcase()`.
pub(crate) fn swapcase<U: Unit>(bytes: &[u8]) -> Vec<u8> {
    map_units::<U>(bytes, |u, out| {
        if u.is_upper() {
            u.push_lower(out);
        } else if u.is_lower() {
            u.push_upper(out);
        } else {
            u.encode(out);
        }
    })
}

/// `istitle()`.
pub(crate) fn is_title<U: Unit>(bytes: &[u8]) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for (_, u) in units::<U>(bytes) {
        if u.is_upper() || u.is_title() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if u.is_lower() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `isupper()` (`upper`) or `islower()` (`!upper`): some cased unit, and none of the other case.
pub(crate) fn is_one_case<U: Unit>(bytes: &[u8], upper: bool) -> bool {
    let mut cased = false;
    for (_, u) in units::<U>(bytes) {
        let (this, other) = if upper {
            (u.is_upper(), u.is_lower())
        } else {
            (u.is_lower(), u.is_upper())
        };
        if other || u.is_title() {
            return false;
        }
        cased |= this;
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, ranges: Vec<Range<usize>>) -> Vec<&str> {
        ranges
            .into_iter()
            .map(|r| text.get(r).unwrap_or("?"))
            .collect()
    }

    #[test]
    fn finder_matches_naive_search() {
        let hay = "ab".repeat(40) + &"a".repeat(30) + "b" + "xyz";
        for needle in [
            "a",
            "ab",
            "ba",
            &"a".repeat(20),
            &("a".repeat(30) + "b"),
            "xyz",
            "zz",
            "",
        ] {
            let f = Finder::new(needle.as_bytes());
            assert_eq!(f.find(hay.as_bytes()), hay.find(needle), "find {needle}");
            assert_eq!(f.rfind(hay.as_bytes()), hay.rfind(needle), "rfind {needle}");
            if !needle.is_empty() {
                assert_eq!(
                    f.count(hay.as_bytes(), usize::MAX),
                    hay.matches(needle).count(),
                    "count {needle}"
                );
            }
        }
    }

    #[test]
    fn whitespace_split_both_ways() {
        let s = "  alpha  beta\tgamma\ndelta  ";
        assert_eq!(
            pieces(s, split_whitespace::<char>(s.as_bytes(), usize::MAX, false)),
            ["alpha", "beta", "gamma", "delta"]
        );
        assert_eq!(
            pieces(s, split_whitespace::<char>(s.as_bytes(), 1, false)),
            ["alpha", "beta\tgamma\ndelta  "]
        );
        assert_eq!(
            pieces(s, split_whitespace::<char>(s.as_bytes(), 1, true)),
            ["  alpha  beta\tgamma", "delta"]
        );
        assert!(split_whitespace::<u8>(b"   ", usize::MAX, false).is_empty());
    }

    #[test]
    fn unit_classification_follows_cpython() {
        assert!(
            Unit::is_digit('³')
                && !'³'.is_decimal()
                && Unit::is_numeric('½')
                && !Unit::is_digit('½')
        );
        assert!('٣'.is_decimal() && 'é'.is_alpha() && !'Ⅻ'.is_alpha() && 'Ⅻ'.is_numeric());
        assert!('\x1c'.is_space() && '\u{a0}'.is_space() && !'\u{200b}'.is_space());
        let mut out = Vec::new();
        'ǆ'.push_title(&mut out);
        'ß'.push_title(&mut out);
        push_casefold('ß', &mut out);
        push_casefold('ς', &mut out);
        assert_eq!(String::from_utf8(out).unwrap_or_default(), "ǅSsssσ");
    }

    #[test]
    fn indices_convert_between_units_and_bytes() {
        let t = Text::new(Value::str("naïve café"));
        assert_eq!(
            (t.offset(3), t.offset(10), t.index(4), t.len),
            (4, 12, 3, 10)
        );
        assert_eq!(adjust_indices(Some(-100), Some(100), 5), (0, 5));
        assert_eq!(adjust_indices(Some(7), Some(-1), 5), (7, 4));
    }
}
