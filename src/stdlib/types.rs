//! `types`: the classes of builtin objects by name (`FunctionType`, `NoneType`...) and
//! `UnionType`, the class of `int | None`, which the VM builds through this module's
//! `_union` whatever the policy says of importing it.

use crate::vm::{PyResult, Vm};

use super::ModuleBuilder;

/// The whole module in Python.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/types.py"));

/// Builds the `types` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.run_python(vm, PYTHON)?;
    m.c_types(&["UnionType"]);
    Ok(())
}
