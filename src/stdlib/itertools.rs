//! `itertools` (being written).

use crate::vm::{ExcKind, PyErr, PyResult, Vm};

use super::ModuleBuilder;

/// Builds the `itertools` module.
pub fn build(_vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    Err(PyErr::new(
        ExcKind::NotImplementedError,
        format!("Sandpit's {} module is not implemented yet", m.name()),
    ))
}
