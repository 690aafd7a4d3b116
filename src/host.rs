//! The host boundary: functions the embedding program hands to Python by name, and the
//! plain values that cross between the two. Host functions are capabilities: a run sees
//! only those its policy lists (`Policy::host_functions`). Every value crossing is a
//! fresh copy, so Python can never reach or change the host's own objects.

use std::rc::Rc;

use crate::value::{Dict, Value};
use crate::vm::{dictops, PyResult, Vm};

/// How deep a value may nest when it crosses the boundary (cycles hit it too).
const MAX_NESTING: usize = 100;

/// A plain value that can cross between Python and the host.
#[derive(Debug, Clone, PartialEq)]
pub enum HostValue {
    None,
    Bool(bool),
    Int(i64),
    /// An int outside i64, in decimal.
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<HostValue>),
    Tuple(Vec<HostValue>),
    /// Key-value pairs in insertion order.
    Dict(Vec<(HostValue, HostValue)>),
}

/// One call of a host function from Python.
#[derive(Debug, Clone, PartialEq)]
pub struct HostCall {
    pub name: String,
    pub args: Vec<HostValue>,
    pub kwargs: Vec<(String, HostValue)>,
}

/// An error a host function reports: it becomes a Python exception of the builtin class
/// `exc_type` names (`ValueError`...), or `RuntimeError` for any other name.
#[derive(Debug, Clone, PartialEq)]
pub struct HostError {
    pub exc_type: String,
    pub message: String,
}

/// What a host function answers.
#[derive(Debug, Clone, PartialEq)]
pub enum HostReply {
    Return(HostValue),
    Raise(HostError),
    /// The answer comes later (an async host function): the run suspends and the host
    /// resumes it with the answer. Only allowed when the call said it can suspend.
    Suspend,
}

/// The embedding program's side of the boundary.
pub trait Host {
    /// The host functions registered (the policy decides which of them a run sees).
    fn names(&self) -> Vec<String>;
    /// Calls a host function. `can_suspend` says whether the run can wait for an answer
    /// (only a call made directly from Python code, not from inside a builtin).
    fn call(&self, call: HostCall, can_suspend: bool) -> HostReply;
    /// Receives stdout text as the program prints it (for streaming).
    fn output(&self, _text: &str) {}
}

/// A Python value that cannot cross the boundary (functions, instances, iterators...),
/// or one nested too deeply.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConvertError {
    #[error("a '{0}' value cannot be passed to the host")]
    Unsupported(String),
    #[error("value is nested too deeply (or contains itself) to be passed to the host")]
    TooDeep,
}

impl HostValue {
    /// A JSON value as a host value (integers beyond i64 become big ints).
    pub fn from_json(v: &serde_json::Value) -> HostValue {
        match v {
            serde_json::Value::Null => HostValue::None,
            serde_json::Value::Bool(b) => HostValue::Bool(*b),
            serde_json::Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => HostValue::Int(i),
                (None, Some(u)) => HostValue::BigInt(u.to_string()),
                _ => HostValue::Float(n.as_f64().unwrap_or(f64::NAN)),
            },
            serde_json::Value::String(s) => HostValue::Str(s.clone()),
            serde_json::Value::Array(items) => {
                HostValue::List(items.iter().map(HostValue::from_json).collect())
            }
            serde_json::Value::Object(map) => HostValue::Dict(
                map.iter()
                    .map(|(k, item)| (HostValue::Str(k.clone()), HostValue::from_json(item)))
                    .collect(),
            ),
        }
    }
}

impl Vm {
    /// A fresh Python value for a host value.
    pub fn value_from_host(&mut self, h: &HostValue) -> PyResult<Value> {
        Ok(match h {
            HostValue::None => Value::None,
            HostValue::Bool(b) => Value::Bool(*b),
            HostValue::Int(i) => Value::Int(*i),
            HostValue::BigInt(s) => match s.parse::<num_bigint::BigInt>() {
                Ok(b) => Value::from_bigint(b),
                Err(_) => {
                    return Err(crate::vm::PyErr::value_error(format!(
                        "invalid integer from the host: '{s}'"
                    )))
                }
            },
            HostValue::Float(f) => Value::Float(*f),
            HostValue::Str(s) => Value::str(s.as_str()),
            HostValue::Bytes(b) => Value::bytes(b.clone()),
            HostValue::List(items) => Value::list(self.values_from_host(items)?),
            HostValue::Tuple(items) => Value::tuple(self.values_from_host(items)?),
            HostValue::Dict(pairs) => {
                let d = Rc::new(Dict::new());
                for (k, v) in pairs {
                    let key = self.value_from_host(k)?;
                    let value = self.value_from_host(v)?;
                    match &key {
                        Value::Str(s) => dictops::str_set(&d, s.as_str(), value),
                        _ => self.dict_set(&d, key, value)?,
                    }
                }
                Value::Dict(d)
            }
        })
    }

    fn values_from_host(&mut self, items: &[HostValue]) -> PyResult<Vec<Value>> {
        items
            .iter()
            .map(|item| self.value_from_host(item))
            .collect()
    }

    /// A host copy of a Python value: None, bool, int, float, str, bytes/bytearray,
    /// list, tuple, dict, and set/frozenset (as a list).
    pub fn value_to_host(&self, v: &Value) -> Result<HostValue, ConvertError> {
        self.value_to_host_nested(v, 0)
    }

    fn value_to_host_nested(&self, v: &Value, depth: usize) -> Result<HostValue, ConvertError> {
        if depth > MAX_NESTING {
            return Err(ConvertError::TooDeep);
        }
        let items = |values: &[Value]| -> Result<Vec<HostValue>, ConvertError> {
            values
                .iter()
                .map(|item| self.value_to_host_nested(item, depth + 1))
                .collect()
        };
        Ok(match v {
            Value::None => HostValue::None,
            Value::Bool(b) => HostValue::Bool(*b),
            Value::Int(i) => HostValue::Int(*i),
            Value::BigInt(b) => HostValue::BigInt(b.value.to_string()),
            Value::Float(f) => HostValue::Float(*f),
            Value::Str(s) => HostValue::Str(s.as_str().to_string()),
            Value::Bytes(b) => HostValue::Bytes(b.bytes.clone()),
            Value::ByteArray(b) => HostValue::Bytes(b.bytes.borrow().clone()),
            Value::List(l) => HostValue::List(items(&l.to_vec())?),
            Value::Tuple(t) => HostValue::Tuple(items(&t.items)?),
            Value::Set(s) | Value::FrozenSet(s) => {
                let keys: Vec<Value> = s.borrow().iter().map(|e| e.key.clone()).collect();
                HostValue::List(items(&keys)?)
            }
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let mut out = Vec::with_capacity(pairs.len());
                for (k, item) in &pairs {
                    out.push((
                        self.value_to_host_nested(k, depth + 1)?,
                        self.value_to_host_nested(item, depth + 1)?,
                    ));
                }
                HostValue::Dict(out)
            }
            other => return Err(ConvertError::Unsupported(self.type_name(other))),
        })
    }
}
