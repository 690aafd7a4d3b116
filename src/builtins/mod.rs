//! Everything Python code can reach without an import: builtin functions and the methods
//! of builtin types. Each file registers its part in `install`, so the full list of what
//! the sandbox exposes can be audited here.

pub mod bytearray;
pub mod bytes_methods;
pub mod codec;
pub mod constructors;
pub mod constructors_coll;
pub mod core;
pub mod dict_methods;
pub mod float_hex;
pub mod functions;
pub mod functions_iter;
pub mod functions_num;
pub mod list_methods;
pub mod num_methods;
pub mod percent;
pub mod receiver;
pub mod set_methods;
pub mod str_format;
pub mod str_methods;
pub mod text;
pub mod text_algo;
pub mod text_methods;
pub mod text_unit;
pub mod type_dunders;
pub mod unicode_data;

use std::rc::Rc;

use crate::value::function::{NativeFn, Shortcut};
use crate::value::{Class, NativeFunction, Value};
use crate::vm::{dictops, Vm};

/// Installs every builtin function and type method into `vm`.
pub fn install(vm: &mut Vm) {
    core::register(vm);
    constructors::register(vm);
    constructors_coll::register(vm);
    functions::register(vm);
    functions_num::register(vm);
    functions_iter::register(vm);
    num_methods::register(vm);
    str_methods::register(vm);
    bytes_methods::register(vm);
    bytearray::register(vm);
    list_methods::register(vm);
    dict_methods::register(vm);
    set_methods::register(vm);
    type_dunders::register(vm);
}

/// Makes `func` callable from Python as the builtin `name`.
pub fn add_function(vm: &mut Vm, name: &'static str, func: NativeFn) {
    add_function_with_shortcut(vm, name, func, Shortcut::None);
}

/// The same, for a builtin with a [`Shortcut`] for its commonest call.
pub fn add_function_with_shortcut(
    vm: &mut Vm,
    name: &'static str,
    func: NativeFn,
    shortcut: Shortcut,
) {
    let f = Value::Native(Rc::new(NativeFunction {
        name,
        shortcut,
        func,
        owner: None,
        module: None,
    }));
    dictops::str_set(&vm.builtins, name, f);
}

/// Publishes a value (a class, a constant) under `name` in the builtins.
pub fn add_value(vm: &mut Vm, name: &str, value: Value) {
    dictops::str_set(&vm.builtins, name, value);
}

/// Adds method `name` to a builtin class; `func` receives `self` as its first argument.
pub fn add_method(class: &Rc<Class>, name: &'static str, func: NativeFn) {
    add_method_with_shortcut(class, name, func, Shortcut::None);
}

/// The same, for a method with a [`Shortcut`] for its commonest call.
pub fn add_method_with_shortcut(
    class: &Rc<Class>,
    name: &'static str,
    func: NativeFn,
    shortcut: Shortcut,
) {
    let owner: &'static str = match &*class.name {
        "int" => "int",
        "float" => "float",
        "str" => "str",
        "bytes" => "bytes",
        "list" => "list",
        "tuple" => "tuple",
        "dict" => "dict",
        "set" => "set",
        "frozenset" => "frozenset",
        "object" => "object",
        _ => "object",
    };
    let f = Value::Native(Rc::new(NativeFunction {
        name,
        shortcut,
        func,
        owner: Some(owner),
        module: None,
    }));
    class.namespace_mut().insert(name.into(), f);
}
