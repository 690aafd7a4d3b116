//! Dict and set operations that compare keys: a hash probe in the table, then equality
//! with a fast path for builtin keys and a call to `__eq__` for user objects (made with
//! the table unborrowed, restarting if user code changed the table meanwhile).

use std::rc::Rc;

use crate::value::str::hash_bytes;
use crate::value::{Dict, HashTable, Value};

use super::error::{PyErr, PyResult};
use super::Vm;

/// Looks up a string key without a VM (namespaces: globals, builtins, modules).
pub fn str_get(d: &Dict, key: &str) -> Option<Value> {
    let t = d.borrow();
    let pos = find_str(&t, key)?;
    t.entry(pos).map(|e| e.value.clone())
}

/// Where a string key sits in `d`'s table, for caches that read it again by position.
pub fn str_position(d: &Dict, key: &str) -> Option<usize> {
    find_str(&d.borrow(), key)
}

/// Sets a string key without a VM.
pub fn str_set(d: &Dict, key: &str, value: Value) {
    let hash = hash_bytes(key.as_bytes());
    let pos = find_str(&d.borrow(), key);
    d.with_mut(|t| match pos {
        Some(p) => t.set_value(p, value),
        None => t.push(hash, Value::str(key), value),
    });
}

/// Removes a string key without a VM; returns the old value.
pub fn str_del(d: &Dict, key: &str) -> Option<Value> {
    let pos = find_str(&d.borrow(), key)?;
    d.with_mut(|t| t.remove(pos)).map(|e| e.value)
}

fn find_str(t: &HashTable, key: &str) -> Option<usize> {
    let hash = hash_bytes(key.as_bytes());
    t.candidates(hash)
        .find(|&p| t.entry(p).and_then(|e| e.key.as_str()) == Some(key))
}

/// Where `key` (with its hash) sits in `t`, when every candidate on the way compares
/// without user code: Some(position or None); None when one would need an `__eq__` call.
#[inline]
pub fn find_plain(t: &HashTable, key: &Value, hash: u64) -> Option<Option<usize>> {
    for pos in t.candidates(hash) {
        let Some(e) = t.entry(pos) else { continue };
        if e.key.is(key) || simple_eq(&e.key, key)? {
            return Some(Some(pos));
        }
    }
    Some(None)
}

/// Equality that needs no user code: Some(answer) for builtin values, None when a
/// user `__eq__` might be involved.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => Some(x.as_str() == y.as_str()),
        (Int(x), Int(y)) => Some(x == y),
        (Bool(x), Bool(y)) => Some(x == y),
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => Some(*x == i64::from(*y)),
        (Float(x), Float(y)) => Some(x == y),
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            Some(super::compare::int_float_cmp(*x, *y) == Some(std::cmp::Ordering::Equal))
        }
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some(f64::from(u8::from(*x)) == *y),
        (BigInt(x), BigInt(y)) => Some(x.value == y.value),
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => Some(false),
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            Some(super::compare::bigint_float_cmp(&x.value, *y) == Some(std::cmp::Ordering::Equal))
        }
        (Bytes(x), Bytes(y)) => Some(x.bytes == y.bytes),
        (None, None) => Some(true),
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(&y.items) {
                if p.is(q) {
                    continue;
                }
                if !simple_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        // Two reads of `obj.method` are two objects, but equal ones: the same function
        // bound to the same receiver (`callback in listeners`, `list.remove(obj.m)`).
        (BoundMethod(x), BoundMethod(y)) => Some(x.receiver.is(&y.receiver) && x.func.is(&y.func)),
        (Slice(x), Slice(y)) => Some(
            simple_eq(&x.start, &y.start)?
                && simple_eq(&x.stop, &y.stop)?
                && simple_eq(&x.step, &y.step)?,
        ),
        (Instance(_), _) | (_, Instance(_)) => Option::None,
        (List(_) | Dict(_) | Set(_) | FrozenSet(_) | Tuple(_) | DictView(_), _) => Option::None,
        _ => Some(a.is(b)),
    }
}

impl Vm {
    /// Position of `key` (with its hash) in `d`, if present.
    pub fn dict_find(&mut self, d: &Dict, key: &Value, hash: u64) -> PyResult<Option<usize>> {
        // Fast path: when every candidate compares without user code (str, int, ...
        // keys), look up in place without copying the candidates.
        if let Some(found) = find_plain(&d.borrow(), key, hash) {
            return Ok(found);
        }
        'restart: loop {
            let (cands, version) = {
                let t = d.borrow();
                let c: Vec<(usize, Value)> = t
                    .candidates(hash)
                    .filter_map(|p| t.entry(p).map(|e| (p, e.key.clone())))
                    .collect();
                (c, t.version())
            };
            for (pos, k) in cands {
                if k.is(key) {
                    return Ok(Some(pos));
                }
                let equal = match simple_eq(&k, key) {
                    Some(e) => e,
                    None => {
                        let e = self.eq(&k, key)?;
                        if d.borrow().version() != version {
                            continue 'restart;
                        }
                        e
                    }
                };
                if equal {
                    return Ok(Some(pos));
                }
            }
            return Ok(None);
        }
    }

    /// `d[key]` or None.
    pub fn dict_get(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.table_hash(key)?;
        Ok(self
            .dict_find(d, key, hash)?
            .and_then(|p| d.borrow().entry(p).map(|e| e.value.clone())))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Dict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.table_hash(&key)?;
        match self.dict_find(d, &key, hash)? {
            Some(p) => d.with_mut(|t| t.set_value(p, value)),
            None => return self.table_push(d, hash, key, value),
        }
        Ok(())
    }

    /// Adds a new entry to `d`, failing with `MemoryError` once the table's growth has
    /// taken memory past the limit: builtins that fill a table in one call (`set(x)`,
    /// `dict(x)`, set operators) stop there rather than at their next instruction.
    fn table_push(&mut self, d: &Dict, hash: u64, key: Value, value: Value) -> PyResult<()> {
        d.with_mut(|t| t.push(hash, key, value));
        if crate::value::heap::over_limit() {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// `del d[key]`, returning the removed value (None if absent).
    pub fn dict_del(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.table_hash(key)?;
        Ok(match self.dict_find(d, key, hash)? {
            Some(p) => d.with_mut(|t| t.remove(p)).map(|e| e.value),
            None => None,
        })
    }

    /// Adds `v` to a set (a dict with `None` values).
    pub fn set_add(&mut self, s: &Dict, v: Value) -> PyResult<()> {
        let hash = self.table_hash(&v)?;
        if self.dict_find(s, &v, hash)?.is_none() {
            return self.table_push(s, hash, v, Value::None);
        }
        Ok(())
    }

    /// Whether `v` is in the set or dict `s`.
    pub fn set_contains(&mut self, s: &Dict, v: &Value) -> PyResult<bool> {
        let hash = self.table_hash(v)?;
        Ok(self.dict_find(s, v, hash)?.is_some())
    }

    /// A copy of the table of the dict or set `d`, refused with `MemoryError` before it
    /// is made when it would take memory past the limit (`d.copy()`, `d | e`, the set
    /// operators' working copies).
    pub fn copy_table(&mut self, d: &Dict) -> PyResult<HashTable> {
        let bytes = d.borrow().capacity_bytes();
        self.check_alloc(1, bytes)?;
        Ok(d.borrow().clone())
    }

    /// A new set (or frozenset) of `items`.
    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let set = Rc::new(Dict::new());
        for v in items {
            self.set_add(&set, v)?;
        }
        Ok(if frozen {
            Value::FrozenSet(set)
        } else {
            Value::Set(set)
        })
    }

    /// `d.update(other)` for a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &Dict, other: &Value) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match other {
            Value::Dict(o) => o
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            Value::Instance(inst)
                if inst
                    .builtin_value()
                    .is_some_and(|v| matches!(v, Value::Dict(_))) =>
            {
                match inst.builtin_value() {
                    Some(Value::Dict(o)) => o
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect(),
                    _ => Vec::new(),
                }
            }
            other if self.getattr_opt(other, "keys")?.is_some() => {
                let keys = self.call_method(other, "keys", vec![])?;
                let keys = self.collect(&keys)?;
                let mut pairs = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.getitem(other, &k)?;
                    pairs.push((k, v));
                }
                pairs
            }
            other => {
                let items = self.collect(other)?;
                let mut pairs = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    let kv = self.collect(&item).map_err(|_| {
                        PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    })?;
                    match <[Value; 2]>::try_from(kv) {
                        Ok([k, v]) => pairs.push((k, v)),
                        Err(kv) => {
                            return Err(PyErr::value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            kv.len()
                        )))
                        }
                    }
                }
                pairs
            }
        };
        for (k, v) in pairs {
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }
}
