//! Named inputs: JSON values from the host become fresh Python values, so the program
//! can never change the host's copy.

use std::rc::Rc;

use crate::value::{Dict, Value};

use super::dictops;

/// Converts a JSON value into a new Python value (objects become dicts with str keys,
/// arrays lists, integers ints, other numbers floats).
pub fn from_json(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::None,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Value::Int(i),
            (None, Some(u)) => Value::from_bigint(num_bigint::BigInt::from(u)),
            _ => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        serde_json::Value::String(s) => Value::str(s.as_str()),
        serde_json::Value::Array(items) => Value::list(items.iter().map(from_json).collect()),
        serde_json::Value::Object(map) => {
            let d = Rc::new(Dict::new());
            for (k, item) in map {
                dictops::str_set(&d, k, from_json(item));
            }
            Value::Dict(d)
        }
    }
}
