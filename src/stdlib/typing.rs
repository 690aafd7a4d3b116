//! `typing`: the names programs import for annotations (`Any`, `Optional`, `List`,
//! `Dict`, `Callable`, `TypeVar`, `Generic`, `Protocol`, `NamedTuple`, `TypedDict`...),
//! subscriptable so annotations evaluate, with CPython 3.11's reprs. Nothing is enforced
//! at run time, as in CPython.

use crate::vm::{PyResult, Vm};

use super::ModuleBuilder;

/// The whole module in Python: it is a set of small marker objects and class factories.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/typing.py"));

/// Builds the `typing` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.run_python(vm, PYTHON)
}
