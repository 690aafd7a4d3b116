//! Conversions Python code triggers implicitly: truth values, integer indices, lengths.

use num_traits::Signed;

use crate::value::Value;

use super::error::{PyErr, PyResult};
use super::{Args, Vm};

impl Vm {
    /// `bool(v)`: `__bool__`, then `__len__`, else true.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.bytes.is_empty(),
            Value::ByteArray(b) => !b.bytes.borrow().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) | Value::Set(d) | Value::FrozenSet(d) => !d.is_empty(),
            Value::DictView(v) => !v.dict.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(inst) => {
                if let Some(f) = inst
                    .class
                    .lookup("__bool__")
                    .filter(|f| matches!(f, Value::Function(_)))
                {
                    return match self.call(&f, Args::new(vec![v.clone()]))? {
                        Value::Bool(b) => Ok(b),
                        other => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if inst
                    .class
                    .lookup("__len__")
                    .is_some_and(|f| matches!(f, Value::Function(_)))
                {
                    return Ok(self.len(v)? > 0);
                }
                match inst.builtin_value() {
                    Some(inner) => self.truthy(&inner)?,
                    None => true,
                }
            }
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.bytes.len(),
            Value::ByteArray(b) => b.bytes.borrow().len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) | Value::Set(d) | Value::FrozenSet(d) => d.len(),
            Value::DictView(v) => v.dict.len(),
            Value::Range(r) => match i64::try_from(r.len()).map(usize::try_from) {
                Ok(Ok(n)) => n,
                _ => return Err(PyErr::ssize_overflow()),
            },
            Value::Instance(inst) => {
                if let Some(f) = inst
                    .class
                    .lookup("__len__")
                    .filter(|f| matches!(f, Value::Function(_)))
                {
                    let r = self.call(&f, Args::new(vec![v.clone()]))?;
                    return match r {
                        Value::Int(i) if i >= 0 => {
                            usize::try_from(i).map_err(|_| PyErr::overflow(PyErr::INDEX_SIZED))
                        }
                        Value::Bool(b) => Ok(usize::from(b)),
                        Value::Int(_) => Err(PyErr::value_error("__len__() should return >= 0")),
                        Value::BigInt(b) if b.value.is_negative() => {
                            Err(PyErr::value_error("__len__() should return >= 0"))
                        }
                        Value::BigInt(_) => Err(PyErr::overflow(PyErr::INDEX_SIZED)),
                        other => Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(&other)
                        ))),
                    };
                }
                match inst.builtin_value() {
                    Some(inner) => self.len(&inner)?,
                    None => return Err(self.no_len(v)),
                }
            }
            other => return Err(self.no_len(other)),
        })
    }

    fn no_len(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        ))
    }

    /// An integer used as an index or count (`__index__`): ints, bools and big ints.
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::BigInt(b) => Ok(if b.value.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }),
            Value::Instance(inst) => {
                if let Some(f) = inst
                    .class
                    .lookup("__index__")
                    .filter(|f| matches!(f, Value::Function(_)))
                {
                    let r = self.call(&f, Args::new(vec![v.clone()]))?;
                    return self.to_index(&r);
                }
                match inst.builtin_value() {
                    Some(inner @ (Value::Int(_) | Value::BigInt(_))) => self.to_index(&inner),
                    _ => Err(self.not_integer(v)),
                }
            }
            other => Err(self.not_integer(other)),
        }
    }

    /// An int argument CPython reads as a `Py_ssize_t` (`insert`/`pop` positions, counts,
    /// widths): like [`Vm::to_index`], but an int beyond 64 bits is CPython's
    /// `OverflowError`, where `to_index` clamps it as slice bounds want.
    pub fn to_ssize(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            _ => {
                let b = crate::builtins::functions::index_bigint(self, v)?;
                i64::try_from(&b).map_err(|_| PyErr::ssize_overflow())
            }
        }
    }

    /// `TypeError: 'x' object cannot be interpreted as an integer`.
    pub fn not_integer(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        ))
    }

    /// A float from an int or float (`float` arguments of builtins and math), as
    /// CPython's `PyFloat_AsDouble` reads one: a float subclass is its value, a user
    /// object's `__float__` must return a float, and an object with only `__index__`
    /// converts through that int (`math.sqrt(idx)` works in CPython).
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(*b))),
            Value::BigInt(b) => crate::vm::num::int_to_f64(&b.value),
            Value::Instance(inst) => {
                let inner = inst.builtin_value();
                if let Some(Value::Float(f)) = inner {
                    return Ok(f);
                }
                if let Some(f) = crate::builtins::functions::user_method(v, "__float__") {
                    return self.call_float_dunder(v, &f);
                }
                if crate::builtins::functions::user_method(v, "__index__").is_some() {
                    let b = crate::builtins::functions::index_bigint(self, v)?;
                    return crate::vm::num::int_to_f64(&b);
                }
                match inner {
                    Some(inner) => self.to_f64(&inner),
                    None => Err(self.must_be_real(v)),
                }
            }
            other => Err(self.must_be_real(other)),
        }
    }

    /// Calls `x`'s user `__float__` (`method`), which must return a float (or a float
    /// subclass, which CPython still accepts with a DeprecationWarning).
    pub fn call_float_dunder(&mut self, x: &Value, method: &Value) -> PyResult<f64> {
        let r = self.call(method, Args::new(vec![x.clone()]))?;
        match crate::builtins::functions::unwrap_builtin(&r) {
            Value::Float(f) => Ok(f),
            _ => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                self.type_name(x),
                self.type_name(&r)
            ))),
        }
    }

    fn must_be_real(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("must be real number, not {}", self.type_name(v)))
    }
}
