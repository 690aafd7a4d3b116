//! `str % args`: printf-style formatting.

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// `template % args`.
pub fn format_percent(_vm: &mut Vm, _template: &Value, _args: &Value) -> PyResult<Value> {
    Err(PyErr::type_error("% formatting is not implemented yet"))
}
