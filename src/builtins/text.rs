//! The shared core of the `str` and `bytes` methods. Both types have the same methods with
//! the same semantics, over code points for `str` and over bytes for `bytes`, so every
//! algorithm is written once, generic over a [`Unit`] (a `char` or a `u8`) and a [`Kind`]
//! (which of the two types, with its error messages). Both kinds keep their data as bytes
//! (UTF-8 for `str`), and the algorithms work on byte offsets: a substring search on UTF-8
//! only ever matches at character boundaries, so only index arguments and results need
//! converting between code points and bytes, and for ASCII text that is free.
//!
//! This file holds the kinds, the receiver and argument handling with CPython's messages;
//! `text_unit` the units and case algorithms, `text_algo` the byte-level algorithms, and
//! `text_methods` the methods built from them.

use super::text_unit::Unit;
use crate::value::Value;
use crate::vm::repr::FORMAT_LIMIT;
use crate::vm::{Args, ExcKind, PyErr, PyResult, Vm};

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
    /// Whether a `bytearray` argument stands for a value of this kind (read as a copy).
    const TAKES_BYTEARRAY: bool;
    /// The plain `str`/`bytes` value `v` is or wraps (a subclass instance), if any.
    fn unwrap(v: &Value) -> Option<Value>;
    /// The data of `v` when it is a plain value of this kind (not a subclass instance).
    fn plain(v: &Value) -> Option<&[u8]>;
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
        unwrap_arg::<Self>(vm, v)?.ok_or_else(|| Self::wrong_arg(Role::Sub, &vm.type_name(v)))
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
    const TAKES_BYTEARRAY: bool = false;
    const NOT_FOUND: &'static str = "substring not found";
    fn unwrap(v: &Value) -> Option<Value> {
        match v {
            Value::Str(_) => Some(v.clone()),
            Value::Instance(inst) => inst.builtin_value().filter(|b| matches!(b, Value::Str(_))),
            _ => None,
        }
    }
    fn plain(v: &Value) -> Option<&[u8]> {
        match v {
            Value::Str(s) => Some(s.as_str().as_bytes()),
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
    const TAKES_BYTEARRAY: bool = true;
    const NOT_FOUND: &'static str = "subsection not found";
    fn unwrap(v: &Value) -> Option<Value> {
        match v {
            Value::Bytes(_) => Some(v.clone()),
            Value::ByteArray(b) => Some(Value::bytes(b.bytes.borrow().clone())),
            Value::Instance(inst) => inst
                .builtin_value()
                .filter(|b| matches!(b, Value::Bytes(_))),
            _ => None,
        }
    }
    fn plain(v: &Value) -> Option<&[u8]> {
        match v {
            Value::Bytes(b) => Some(&b.bytes),
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
        if let Some(b) = unwrap_arg::<Self>(vm, v)? {
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

/// [`Kind::unwrap`] for an argument: the copy a `bytearray` argument is read through is
/// counted against the memory limit before it is made (a kind that does not take a
/// bytearray refuses it with its TypeError, whatever its size).
pub(crate) fn unwrap_arg<K: Kind + ?Sized>(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v {
        Value::ByteArray(b) if K::TAKES_BYTEARRAY => super::bytearray::snapshot(vm, b).map(Some),
        _ => Ok(K::unwrap(v)),
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

/// A method's argument slots after the receiver, in order, `None` where not given: up
/// to four without an allocation.
pub(crate) type Slots = smallvec::SmallVec<[Option<Value>; 4]>;

/// Checks the arguments after `self` against `sig` and returns one slot per parameter
/// (for `Keywords`) or per positional argument given (otherwise).
pub(crate) fn parse_args(kind: &str, method: &str, mut args: Args, sig: Sig) -> PyResult<Slots> {
    // The arguments after the receiver, moved rather than copied.
    let mut given = std::mem::take(&mut args.pos).into_iter();
    given.next();
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
            let mut slots: Slots = given.map(Some).collect();
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
    let mut slots = Slots::new();
    for v in given {
        slots.push(Some(v));
    }
    Ok(slots)
}

/// The receiver and the argument slots of a method of kind `K`.
pub(crate) fn method_args<K: Kind>(
    vm: &Vm,
    args: Args,
    method: &str,
    sig: Sig,
) -> PyResult<(Text, Slots)> {
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
    vm: &mut Vm,
    slots: &[Option<Value>],
    i: usize,
    role: Role,
) -> PyResult<Option<Text>> {
    match slots.get(i).and_then(Option::as_ref) {
        None => Ok(None),
        Some(v) => unwrap_arg::<K>(vm, v)?
            .map(|t| Some(Text::new(t)))
            .ok_or_else(|| K::wrong_arg(role, &vm.type_name(v))),
    }
}

/// An integer argument (`__index__`, a `Py_ssize_t` in CPython), or `default` when absent.
pub(crate) fn int_arg(
    vm: &mut Vm,
    slots: &[Option<Value>],
    i: usize,
    default: i64,
) -> PyResult<i64> {
    match slots.get(i).and_then(Option::as_ref) {
        None => Ok(default),
        Some(v) => vm.to_ssize(v),
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
/// A new value of kind `K` copying `bytes`, counted against the memory limit before it
/// is made: a method's result can be as big as its receiver, and an unchecked copy would
/// let one call pass the limit by a whole copy before the VM noticed.
pub(crate) fn copy_text<K: Kind>(vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
    vm.check_alloc(1, bytes.len())?;
    Ok(K::make(bytes.to_vec()))
}

/// A new value of kind `K` from `bytes` a method built, counted against the memory limit
/// before the value is made (see [`copy_text`]).
pub(crate) fn new_text<K: Kind>(vm: &mut Vm, bytes: Vec<u8>) -> PyResult<Value> {
    vm.check_alloc(1, bytes.len())?;
    Ok(K::make(bytes))
}

/// Refuses with `MemoryError`, before it is built, a text of `unit * count` bytes larger than
/// one operation may build ([`FORMAT_LIMIT`]) or than the VM allows.
pub(crate) fn reserve(vm: &mut Vm, unit: usize, count: usize) -> PyResult<()> {
    vm.check_alloc(unit, count)?;
    match unit.checked_mul(count) {
        Some(n) if n <= FORMAT_LIMIT => Ok(()),
        _ => Err(PyErr::bare(ExcKind::MemoryError)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
