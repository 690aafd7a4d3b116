//! Sandpit's standard library: modules written in Rust that `import` can load when the
//! policy allows them. Each module is one file with a `build` function that fills a
//! fresh namespace; this list is the whole stdlib, auditable in one place.

pub mod collections;
pub mod dataclasses;
pub mod datetime;
pub mod functools;
pub mod itertools;
pub mod json;
pub mod math;
pub mod members;
pub mod random;
pub mod re;
pub mod statistics;
pub mod string;
pub mod sys;
pub mod time;
pub mod types;
pub mod typing;

use std::rc::Rc;

use crate::value::function::NativeFn;
use crate::value::{Dict, ModuleObj, NativeFunction, Value};
use crate::vm::{dictops, Args, ExcKind, PyErr, PyResult, Vm};

/// Builds a module's namespace: adds its functions, classes and constants to `module`.
pub type BuildFn = fn(&mut Vm, &ModuleBuilder) -> PyResult<()>;

/// The modules Sandpit implements, by import name.
const MODULES: &[(&str, BuildFn)] = &[
    ("collections", collections::build),
    ("dataclasses", dataclasses::build),
    ("datetime", datetime::build),
    ("functools", functools::build),
    ("itertools", itertools::build),
    ("json", json::build),
    ("math", math::build),
    ("random", random::build),
    ("re", re::build),
    ("statistics", statistics::build),
    ("string", string::build),
    ("sys", sys::build),
    ("time", time::build),
    ("types", types::build),
    ("typing", typing::build),
];

/// Whether Sandpit implements module `name`.
pub fn has_module(name: &str) -> bool {
    MODULES.iter().any(|(n, _)| *n == name)
}

/// Creates module `name` (None when Sandpit has no such module).
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some((_, build)) = MODULES.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let builder = ModuleBuilder::new(name);
    build(vm, &builder)?;
    let module = builder.finish();
    members::record_aliases(&module);
    Ok(Some(module))
}

/// `_iskeyword(name)`: whether `name` is a Python keyword, from the lexer's own table
/// (for the modules that validate identifiers: namedtuple, make_dataclass).
pub fn iskeyword(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let word = match args.get(0) {
        Some(Value::Str(s)) => s.as_str(),
        _ => return Ok(Value::Bool(false)),
    };
    Ok(Value::Bool(
        crate::syntax::token::TokenKind::keyword(word).is_some(),
    ))
}

/// A module under construction: what a `build` function adds its members to.
pub struct ModuleBuilder {
    name: &'static str,
    dict: Rc<Dict>,
}

impl ModuleBuilder {
    fn new(name: &str) -> ModuleBuilder {
        let name: &'static str = MODULES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("module", |(n, _)| n);
        let dict = Rc::new(Dict::new());
        dictops::str_set(&dict, "__name__", Value::str(name));
        ModuleBuilder { name, dict }
    }

    /// Adds a function implemented in Rust.
    pub fn function(&self, name: &'static str, func: NativeFn) {
        let f = Value::Native(Rc::new(NativeFunction {
            name,
            shortcut: crate::value::function::Shortcut::None,
            func,
            owner: None,
            module: Some(self.name),
        }));
        dictops::str_set(&self.dict, name, f);
    }

    /// Adds any value (a constant, a class, a function made another way).
    pub fn value(&self, name: &str, value: Value) {
        dictops::str_set(&self.dict, name, value);
    }

    /// The module's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Runs Sandpit's own Python source in the module's namespace, for the parts of a
    /// module that are clearest in Python (decorators, class factories). It runs as
    /// trusted code: the policy's attribute checks don't apply to the names its source
    /// spells out, but a name it receives as data (a caller's field name passed to
    /// `getattr`/`setattr`, a format string's fields) is checked as for user code.
    pub fn run_python(&self, vm: &mut Vm, source: &str) -> PyResult<()> {
        let internal = |what: String| {
            PyErr::new(
                ExcKind::SystemError,
                format!("stdlib module {}: {what}", self.name),
            )
        };
        let module = crate::syntax::parse_module(source).map_err(|e| internal(e.message()))?;
        let code =
            crate::compile::compile_trusted(&module, self.name).map_err(|e| internal(e.message))?;
        vm.run_module(code, self.dict.clone())?;
        Ok(())
    }

    /// Marks the module's classes `names` as C types, as they are in CPython: error
    /// messages then name their instances `module.Name` (`'datetime.date' and 'int'`).
    pub fn c_types(&self, names: &[&str]) {
        for name in names {
            if let Some(Value::Class(c)) = dictops::str_get(&self.dict, name) {
                let qualified = Value::str(format!("{}.{name}", self.name));
                c.namespace_mut()
                    .insert(crate::value::class::C_TYPE_NAME.into(), qualified);
            }
        }
    }

    fn finish(self) -> Value {
        Value::Module(Rc::new(ModuleObj {
            name: self.name.into(),
            dict: self.dict,
        }))
    }
}
