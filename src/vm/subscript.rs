//! Subscripts: `obj[key]` reads, writes and deletes for sequences (ints and slices),
//! mappings (with `__missing__`), ranges and user `__getitem__` & co.

use crate::value::{len_i64, Dict, PyStr, RangeObj, SliceObj, Value};

use super::error::{PyErr, PyResult};
use super::{Args, Vm};

/// The positions a slice selects from a sequence of some length.
pub struct SliceRange {
    pub start: i64,
    /// The normalised stop position (exclusive), as `slice.indices()` reports it.
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceRange {
    /// The selected positions, in order. [`Vm::slice_range`] made them all lie in
    /// `0..len` of the sequence, so none is dropped.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).filter_map(move |i| {
            let offset = self.step.checked_mul(len_i64(i))?;
            usize::try_from(self.start.checked_add(offset)?).ok()
        })
    }
}

/// A slice of a non-ASCII str: only the stretch of text the slice covers is decoded, so
/// a short slice of a long text costs what the slice does (the whole text was decoded
/// into a vector of chars each time, uncounted and quadratic in a loop).
fn non_ascii_slice(s: &PyStr, r: &SliceRange) -> String {
    let (Some(first), Some(last)) = (r.positions().next(), r.positions().last()) else {
        return String::new();
    };
    let (lo, hi) = (first.min(last), first.max(last).saturating_add(1));
    let span = s
        .as_str()
        .get(s.byte_offset(lo)..s.byte_offset(hi))
        .unwrap_or_default();
    if r.step == 1 {
        return span.to_string();
    }
    let chars: Vec<char> = span.chars().collect();
    r.positions()
        .filter_map(|p| chars.get(p.checked_sub(lo)?))
        .collect()
}

/// The item a (possibly negative) index names in a sequence of `len` items, if any.
pub fn item_position(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 {
        i.saturating_add(len_i64(len))
    } else {
        i
    };
    usize::try_from(j).ok().filter(|&j| j < len)
}

/// Clamps a (possibly negative) insertion point into `0..=len`, as `list.insert` does.
pub fn clamp_position(i: i64, len: usize) -> usize {
    let j = if i < 0 {
        i.saturating_add(len_i64(len)).max(0)
    } else {
        i
    };
    usize::try_from(j).map_or(len, |j| j.min(len))
}

fn seq_name(v: &Value) -> &'static str {
    match v {
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Str(_) => "string",
        Value::Range(_) => "range object",
        Value::ByteArray(_) => "bytearray",
        _ => "",
    }
}

impl Vm {
    /// Normalises `slice` against a sequence of `len` items (CPython's slice.indices).
    pub fn slice_range(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceRange> {
        let (start, stop, step, count) = self.slice_bounds(s, len_i64(len))?;
        Ok(SliceRange {
            start,
            stop,
            step,
            // Between 0 and `len`, by the clamping in `slice_bounds`.
            len: usize::try_from(count).unwrap_or(0),
        })
    }

    /// `slice.indices(len)` for a length given as an int: `(start, stop, step, count)`.
    pub fn slice_bounds(&mut self, s: &SliceObj, len: i64) -> PyResult<(i64, i64, i64, i64)> {
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_index(v)?,
        };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let step = step.max(-i64::MAX);
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: i64| -> i64 {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match &s.start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            v => clamp(self.slice_index(v)?),
        };
        let stop = match &s.stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            v => clamp(self.slice_index(v)?),
        };
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_index(&mut self, v: &Value) -> PyResult<i64> {
        self.to_index(v).map_err(|_| {
            PyErr::type_error("slice indices must be integers or None or have an __index__ method")
        })
    }

    /// Resolves a (possibly negative) int index into a sequence of `len` items.
    fn seq_index(&mut self, obj: &Value, key: &Value, len: usize) -> PyResult<usize> {
        let i = match key {
            Value::BigInt(_) => return Err(PyErr::index_error(PyErr::INDEX_SIZED)),
            Value::Int(_) | Value::Bool(_) => self.to_index(key)?,
            Value::Instance(_) => {
                let b = crate::builtins::functions::index_bigint(self, key)
                    .map_err(|_| self.bad_index_type(obj, key))?;
                i64::try_from(&b).map_err(|_| {
                    PyErr::index_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        self.type_name(key)
                    ))
                })?
            }
            _ => return Err(self.bad_index_type(obj, key)),
        };
        item_position(i, len).ok_or_else(|| {
            let what = seq_name(obj);
            let sep = if what.is_empty() { "" } else { " " };
            PyErr::index_error(format!("{what}{sep}index out of range"))
        })
    }

    /// [`Vm::seq_index`] for `l[i] = v` and `del l[i]`, with their out-of-range message.
    fn list_assign_index(&mut self, obj: &Value, key: &Value, len: usize) -> PyResult<usize> {
        self.seq_index(obj, key, len).map_err(|e| match e {
            PyErr::New(super::ExcKind::IndexError, _) if !matches!(key, Value::BigInt(_)) => {
                PyErr::index_error("list assignment index out of range")
            }
            e => e,
        })
    }

    fn bad_index_type(&self, obj: &Value, key: &Value) -> PyErr {
        let kt = self.type_name(key);
        match obj {
            Value::Str(_) => {
                PyErr::type_error(format!("string indices must be integers, not '{kt}'"))
            }
            Value::Bytes(_) => {
                PyErr::type_error(format!("byte indices must be integers or slices, not {kt}"))
            }
            Value::ByteArray(_) => PyErr::type_error(format!(
                "bytearray indices must be integers or slices, not {kt}"
            )),
            Value::Range(_) => PyErr::type_error(format!(
                "range indices must be integers or slices, not {kt}"
            )),
            _ => PyErr::type_error(format!(
                "{} indices must be integers or slices, not {kt}",
                self.type_name(obj)
            )),
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        // The common case first: a list or tuple read at an int position in range.
        if let Value::Int(i) = key {
            let found = match obj {
                Value::List(l) => position(*i, l.len()).and_then(|p| l.get(p)),
                Value::Tuple(t) => {
                    position(*i, t.items.len()).and_then(|p| t.items.get(p).cloned())
                }
                _ => None,
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                // The bounds first (they may run `__index__`), then only the sliced items
                // are copied, under one borrow.
                let r = self.slice_range(s, l.len())?;
                self.check_alloc(std::mem::size_of::<Value>(), r.len)?;
                let items = l.borrow();
                Ok(Value::list(
                    r.positions()
                        .filter_map(|p| items.get(p).cloned())
                        .collect(),
                ))
            }
            (Value::List(l), _) => {
                let i = self.seq_index(obj, key, l.len())?;
                l.get(i)
                    .ok_or_else(|| PyErr::index_error("list index out of range"))
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let r = self.slice_range(s, t.items.len())?;
                if r.step == 1 && r.len == t.items.len() {
                    return Ok(obj.clone());
                }
                self.check_alloc(std::mem::size_of::<Value>(), r.len)?;
                Ok(Value::tuple(
                    r.positions()
                        .filter_map(|p| t.items.get(p).cloned())
                        .collect(),
                ))
            }
            (Value::Tuple(t), _) => {
                let i = self.seq_index(obj, key, t.items.len())?;
                t.items
                    .get(i)
                    .cloned()
                    .ok_or_else(|| PyErr::index_error("tuple index out of range"))
            }
            (Value::Str(s), Value::Slice(sl)) => {
                let r = self.slice_range(sl, s.char_len())?;
                if r.step == 1 && r.len == s.char_len() {
                    return Ok(obj.clone());
                }
                if !s.is_ascii() {
                    return self.new_str(non_ascii_slice(s, &r));
                }
                self.check_alloc(1, r.len)?;
                let bytes = s.as_str().as_bytes();
                Ok(Value::str(
                    r.positions()
                        .filter_map(|p| bytes.get(p).map(|&b| b as char))
                        .collect::<String>(),
                ))
            }
            (Value::Str(s), _) => {
                let i = self.seq_index(obj, key, s.char_len())?;
                s.char_at(i)
                    .map(Value::char)
                    .ok_or_else(|| PyErr::index_error("string index out of range"))
            }
            (Value::Bytes(b), Value::Slice(sl)) => {
                let r = self.slice_range(sl, b.bytes.len())?;
                if r.step == 1 && r.len == b.bytes.len() {
                    return Ok(obj.clone());
                }
                self.check_alloc(1, r.len)?;
                Ok(Value::bytes(
                    r.positions()
                        .filter_map(|p| b.bytes.get(p).copied())
                        .collect(),
                ))
            }
            (Value::Bytes(b), _) => {
                let i = self.seq_index(obj, key, b.bytes.len())?;
                b.bytes
                    .get(i)
                    .map(|&x| Value::Int(i64::from(x)))
                    .ok_or_else(|| PyErr::index_error("index out of range"))
            }
            (Value::ByteArray(b), Value::Slice(sl)) => {
                let len = b.bytes.borrow().len();
                let r = self.slice_range(sl, len)?;
                self.check_alloc(1, r.len)?;
                let data = b.bytes.borrow();
                Ok(Value::bytearray(
                    r.positions().filter_map(|p| data.get(p).copied()).collect(),
                ))
            }
            (Value::ByteArray(b), _) => {
                let len = b.bytes.borrow().len();
                let i = self.seq_index(obj, key, len)?;
                b.bytes
                    .borrow()
                    .get(i)
                    .map(|&x| Value::Int(i64::from(x)))
                    .ok_or_else(|| PyErr::index_error("bytearray index out of range"))
            }
            (Value::Range(r), Value::Slice(s)) => {
                let len = usize::try_from(r.len()).unwrap_or(usize::MAX);
                let sr = self.slice_range(s, len)?;
                let start = r.item(i128::from(sr.start));
                let step = r.step.saturating_mul(i128::from(sr.step));
                let stop = r.item(i128::from(sr.stop));
                Ok(Value::range(RangeObj { start, stop, step }))
            }
            (Value::Range(r), _) => {
                let i: i128 = match key {
                    Value::BigInt(b) => i128::try_from(&b.value).unwrap_or(i128::MAX),
                    Value::Int(_) | Value::Bool(_) | Value::Instance(_) => i128::from(
                        self.to_index(key)
                            .map_err(|_| self.bad_index_type(obj, key))?,
                    ),
                    _ => return Err(self.bad_index_type(obj, key)),
                };
                let len = r.len();
                let j = if i < 0 { i.saturating_add(len) } else { i };
                if j < 0 || j >= len {
                    return Err(PyErr::index_error("range object index out of range"));
                }
                Ok(Value::from_i128(r.item(j)))
            }
            (Value::Dict(d), _) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(key.clone())),
            },
            (Value::Instance(inst), _) => {
                if let Some(f) = inst
                    .class
                    .lookup("__getitem__")
                    .filter(|f| matches!(f, Value::Function(_)))
                {
                    return self.call(&f, Args::new(vec![obj.clone(), key.clone()]));
                }
                match inst.builtin_value() {
                    Some(inner @ Value::Dict(_)) => match self.getitem(&inner, key) {
                        Err(e) if self.is_exc_kind(&e, super::ExcKind::KeyError) => {
                            match inst.class.lookup("__missing__") {
                                Some(m) => self.call(&m, Args::new(vec![obj.clone(), key.clone()])),
                                None => Err(e),
                            }
                        }
                        other => other,
                    },
                    Some(inner) => self.getitem(&inner, key),
                    None => Err(self.not_subscriptable(obj)),
                }
            }
            (Value::Class(_), _) => Ok(obj.clone()),
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn not_subscriptable(&self, obj: &Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        ))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match fast_setitem(obj, &key, value) {
            Ok(()) => Ok(()),
            Err(value) => self.setitem_slow(obj, key, value),
        }
    }

    fn setitem_slow(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match (obj, &key) {
            (Value::List(l), Value::Slice(s)) => {
                let extended = !matches!(s.step, Value::None | Value::Int(1));
                let new_items = self.collect(&value).map_err(|e| {
                    if !self.is_exc_kind(&e, super::ExcKind::TypeError) {
                        e
                    } else if extended {
                        PyErr::type_error("must assign iterable to extended slice")
                    } else {
                        PyErr::type_error("can only assign an iterable")
                    }
                })?;
                let len = l.len();
                let r = self.slice_range(s, len)?;
                if r.step == 1 {
                    let start = usize::try_from(r.start).unwrap_or(0).min(len);
                    let end = (start + r.len).min(len);
                    let mut items = l.borrow_mut();
                    let added = new_items.len().saturating_sub(end.saturating_sub(start));
                    crate::value::heap::reserve(&mut items, added);
                    items.splice(start..end, new_items);
                    return Ok(());
                }
                if new_items.len() != r.len {
                    return Err(PyErr::value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new_items.len(),
                        r.len
                    )));
                }
                let positions: Vec<usize> = r.positions().collect();
                let mut items = l.borrow_mut();
                for (p, v) in positions.into_iter().zip(new_items) {
                    if let Some(slot) = items.get_mut(p) {
                        *slot = v;
                    }
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let i = self.list_assign_index(obj, &key, l.len())?;
                if let Some(slot) = l.borrow_mut().get_mut(i) {
                    *slot = value;
                }
                Ok(())
            }
            (Value::ByteArray(b), Value::Slice(s)) => {
                let new_bytes = self.byte_values(&value)?;
                let len = b.bytes.borrow().len();
                let r = self.slice_range(s, len)?;
                if r.step == 1 {
                    let start = usize::try_from(r.start).unwrap_or(0).min(len);
                    let end = (start + r.len).min(len);
                    b.change(new_bytes.len().saturating_sub(end - start), |bytes| {
                        drop(bytes.splice(start..end, new_bytes))
                    });
                    return Ok(());
                }
                if new_bytes.len() != r.len {
                    return Err(PyErr::value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new_bytes.len(),
                        r.len
                    )));
                }
                let positions: Vec<usize> = r.positions().collect();
                let mut data = b.bytes.borrow_mut();
                for (p, v) in positions.into_iter().zip(new_bytes) {
                    if let Some(slot) = data.get_mut(p) {
                        *slot = v;
                    }
                }
                Ok(())
            }
            (Value::ByteArray(b), _) => {
                let len = b.bytes.borrow().len();
                let i = self.seq_index(obj, &key, len)?;
                let byte = self.byte_value(&value)?;
                if let Some(slot) = b.bytes.borrow_mut().get_mut(i) {
                    *slot = byte;
                }
                Ok(())
            }
            (Value::Dict(d), _) => self.dict_set(d, key, value),
            (Value::Instance(inst), _) => {
                if let Some(f) = inst
                    .class
                    .lookup("__setitem__")
                    .filter(|f| matches!(f, Value::Function(_)))
                {
                    self.call(&f, Args::new(vec![obj.clone(), key, value]))?;
                    return Ok(());
                }
                match inst.builtin_value() {
                    Some(inner) => self.setitem(&inner, key, value),
                    None => Err(self.no_item_assignment(obj)),
                }
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    /// One byte from an int (`ValueError: byte must be in range(0, 256)`).
    pub fn byte_value(&mut self, v: &Value) -> PyResult<u8> {
        let i = self.to_index(v)?;
        u8::try_from(i).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
    }

    /// The bytes of a bytes-like value or of an iterable of ints.
    pub fn byte_values(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(b) = v.bytes_like() {
            return Ok(b.into_owned());
        }
        if matches!(v, Value::Str(_)) {
            return Err(PyErr::type_error(
                "cannot convert 'str' object to bytearray",
            ));
        }
        let items = self.collect(v)?;
        items.iter().map(|x| self.byte_value(x)).collect()
    }

    fn no_item_assignment(&self, obj: &Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        ))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let r = self.slice_range(s, l.len())?;
                let mut positions: Vec<usize> = r.positions().collect();
                // A progression: ascending already, or descending for a negative step.
                if r.step < 0 {
                    positions.reverse();
                }
                let mut items = l.borrow_mut();
                for p in positions.into_iter().rev() {
                    if p < items.len() {
                        items.remove(p);
                    }
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let i = self.list_assign_index(obj, key, l.len())?;
                let mut items = l.borrow_mut();
                if i < items.len() {
                    items.remove(i);
                }
                Ok(())
            }
            (Value::ByteArray(b), Value::Slice(s)) => {
                let len = b.bytes.borrow().len();
                let r = self.slice_range(s, len)?;
                let mut positions: Vec<usize> = r.positions().collect();
                // A progression: ascending already, or descending for a negative step.
                if r.step < 0 {
                    positions.reverse();
                }
                let mut data = b.bytes.borrow_mut();
                for p in positions.into_iter().rev() {
                    if p < data.len() {
                        data.remove(p);
                    }
                }
                Ok(())
            }
            (Value::ByteArray(b), _) => {
                let len = b.bytes.borrow().len();
                let i = self.seq_index(obj, key, len)?;
                let mut data = b.bytes.borrow_mut();
                if i < data.len() {
                    data.remove(i);
                }
                Ok(())
            }
            (Value::Dict(d), _) => match self.dict_del(d, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key.clone())),
            },
            (Value::Instance(inst), _) => {
                if let Some(f) = inst
                    .class
                    .lookup("__delitem__")
                    .filter(|f| matches!(f, Value::Function(_)))
                {
                    self.call(&f, Args::new(vec![obj.clone(), key.clone()]))?;
                    return Ok(());
                }
                match inst.builtin_value() {
                    Some(inner) => self.delitem(&inner, key),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object does not support item deletion",
                        self.type_name(obj)
                    ))),
                }
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }
}

/// `obj[key]` for the common case, a list or tuple read at an int position in range;
/// None sends everything else (and every error) through [`Vm::getitem`].
#[inline(always)]
pub fn fast_getitem(obj: &Value, key: &Value) -> Option<Value> {
    let Value::Int(i) = key else {
        return None;
    };
    match obj {
        Value::List(l) => position(*i, l.len()).and_then(|p| l.get(p)),
        Value::Tuple(t) => position(*i, t.items.len()).and_then(|p| t.items.get(p).cloned()),
        _ => None,
    }
}

/// `obj[key]` for the next commonest cases after [`fast_getitem`]'s, out of line so the
/// fast lane stays small: a character of a string, and a dict's value under a str or int
/// key when every key compared on the way is of the kinds that compare without Python
/// code. None for anything else, a missing key included (the full loop raises).
#[inline(never)]
pub fn plain_getitem(obj: &Value, key: &Value) -> Option<Value> {
    match (obj, key) {
        (Value::Str(s), Value::Int(i)) => position(*i, s.char_len())
            .and_then(|p| s.char_at(p))
            .map(Value::char),
        (Value::Dict(d), _) => {
            let pos = plain_position(d, key)?;
            d.borrow().entry(pos).map(|e| e.value.clone())
        }
        _ => None,
    }
}

/// Where a str or int `key` is in `d`, when every key compared on the way compares
/// without Python code; None when it is missing or that cannot be told here.
fn plain_position(d: &Dict, key: &Value) -> Option<usize> {
    let hash = match key {
        Value::Str(s) => s.hash(),
        Value::Int(i) => super::hash::as_unsigned(super::hash::hash_int(*i)),
        _ => return None,
    };
    super::dictops::find_plain(&d.borrow(), key, hash).flatten()
}

/// `obj[key] = value` in the common case, a list written at an int position in range;
/// gives the value back for anything else.
#[inline]
pub fn fast_setitem(obj: &Value, key: &Value, value: Value) -> Result<(), Value> {
    match (obj, key) {
        (Value::List(l), Value::Int(i)) => match position(*i, l.len()) {
            Some(p) => l.replace(p, value),
            None => Err(value),
        },
        _ => Err(value),
    }
}

/// The position Python index `i` names in a sequence of `len` items (negative counts from
/// the end), if it is in range.
fn position(i: i64, len: usize) -> Option<usize> {
    let from_end = i < 0;
    let offset = usize::try_from(i.unsigned_abs()).ok()?;
    let p = if from_end {
        len.checked_sub(offset)?
    } else {
        offset
    };
    (p < len).then_some(p)
}
