//! `dataclasses`: the `@dataclass` decorator and its helpers (`field`, `fields`,
//! `asdict`, `astuple`, `replace`, `is_dataclass`, `make_dataclass`,
//! `FrozenInstanceError`, `InitVar`), as in CPython 3.11. Sandpit has no `exec`, so the generated methods are closures
//! over the class's field list rather than functions compiled from source text.

use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::ModuleBuilder;

/// The module in Python: a class decorator whose work is reading annotations and
/// attaching methods, which reads most clearly as Python.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/dataclasses.py"));

/// `_own_attr(cls, name, default)`: the attribute defined in `cls`'s own namespace
/// (not inherited), which `@dataclass` needs to tell a class's own annotations and
/// defaults from its bases' (Sandpit classes have no `__dict__`). The name is checked
/// like `getattr`'s: user code can call this helper too, and field names come from the
/// user's annotations, so it must not read what `cls.name` could not.
fn own_attr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    match (args.pos.first(), args.pos.get(1)) {
        (Some(owner @ Value::Class(c)), Some(Value::Str(name))) => {
            vm.guard_attribute_name(name.as_str())?;
            vm.guard_member(owner, name.as_str())?;
            Ok(c.namespace().get(name.as_str()).cloned().unwrap_or(default))
        }
        (Some(_), Some(Value::Str(_))) => Ok(default),
        _ => Err(PyErr::type_error("_own_attr(cls, name, default)")),
    }
}

/// `_class_names(cls)`: the names in `cls`'s own namespace, to find `field()`s that
/// lack an annotation.
fn class_names(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.namespace()
                .iter()
                .map(|(k, _)| Value::str(k.to_string()))
                .collect(),
        )),
        _ => Err(PyErr::type_error("_class_names(cls)")),
    }
}

/// Builds the `dataclasses` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("_own_attr", own_attr);
    m.function("_class_names", class_names);
    m.function("_iskeyword", super::iskeyword);
    m.run_python(vm, PYTHON)
}
