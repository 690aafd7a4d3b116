//! The `self` of a builtin type's method. A method of `list` (or `dict`, `int`...) may be
//! called on the builtin value itself, on an instance of a user subclass that wraps one
//! (`class Stack(list)`), or — through the class, `list.append(x, 1)` — on anything at all;
//! these helpers unwrap the first two and word the error for the third as CPython does.

use std::rc::Rc;

use crate::value::function::NativeFn;
use crate::value::{Class, Descriptor, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The builtin value behind `v`: the value a builtin-subclass instance wraps, or `v` itself.
pub fn payload(v: &Value) -> Value {
    match v {
        Value::Instance(inst) => inst.builtin_value().unwrap_or_else(|| v.clone()),
        other => other.clone(),
    }
}

/// Whether a builtin value is of the builtin type named `owner` (a bool is an int too).
fn is_kind(v: &Value, owner: &str) -> bool {
    let kind = v.kind_name();
    kind == owner || (owner == "int" && kind == "bool")
}

/// `self` of method `method` of builtin type `owner`, unwrapped to the builtin value, or
/// CPython's `descriptor 'append' for 'list' objects doesn't apply to a 'int' object`.
pub fn this(vm: &Vm, args: &Args, owner: &str, method: &str) -> PyResult<Value> {
    receive(vm, args, owner, method, false)
}

/// [`this`] for a slot wrapper (`__len__`, `__add__`...), which CPython words differently:
/// `descriptor '__len__' requires a 'list' object but received a 'int'`.
pub fn slot_this(vm: &Vm, args: &Args, owner: &str, method: &str) -> PyResult<Value> {
    receive(vm, args, owner, method, true)
}

fn receive(vm: &Vm, args: &Args, owner: &str, method: &str, slot: bool) -> PyResult<Value> {
    let Some(v) = args.get(0) else {
        return Err(PyErr::type_error(if slot {
            format!("descriptor '{method}' of '{owner}' object needs an argument")
        } else {
            format!("unbound method {owner}.{method}() needs an argument")
        }));
    };
    let inner = payload(v);
    if is_kind(&inner, owner) {
        return Ok(inner);
    }
    let got = vm.type_name(v);
    Err(PyErr::type_error(if slot {
        format!("descriptor '{method}' requires a '{owner}' object but received a '{got}'")
    } else {
        format!("descriptor '{method}' for '{owner}' objects doesn't apply to a '{got}' object")
    }))
}

/// Checks a builtin method's arguments: no keywords (`list.append() takes no keyword
/// arguments`) and `min..=max` positional ones besides `self`. CPython words the count
/// errors of fixed-arity methods with the qualified name (`list.append() takes exactly one
/// argument`) and those of the others with the bare name (`pop expected at most 1
/// argument`).
#[inline]
pub fn method_args(args: &Args, owner: &str, method: &str, min: usize, max: usize) -> PyResult<()> {
    // The common case, checked in the caller before any name is formatted for a message.
    let given = args.pos.len().saturating_sub(1);
    if args.kw.is_empty() && (min..=max).contains(&given) {
        return Ok(());
    }
    method_args_refused(args, owner, method, min, max)
}

/// The error [`method_args`] raises for arguments a method does not take.
#[cold]
#[inline(never)]
fn method_args_refused(
    args: &Args,
    owner: &str,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let qualified = format!("{owner}.{method}");
    args.no_kwargs(&qualified)?;
    if min == max && min <= 1 {
        args.check_method(&qualified, min, max)
    } else {
        args.check_method(method, min, max)
    }
}

/// Positional argument `i` (counting `self` as 0), for methods whose count was checked.
pub fn arg(args: &Args, i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

/// Adds a classmethod implemented in Rust to a builtin class (`dict.fromkeys`,
/// `int.from_bytes`): the native receives the class it was looked up on as `pos[0]`.
pub fn add_classmethod(class: &Rc<Class>, name: &'static str, func: NativeFn) {
    super::add_method(class, name, func);
    let native = class.namespace().get(name).cloned();
    if let Some(native) = native {
        let wrapped = Value::descriptor(Descriptor::ClassMethod(native));
        class.namespace_mut().insert(name.into(), wrapped);
    }
}

/// End-to-end helpers for the builtin-method unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    /// Runs a program; its stdout, then the `ExcType: message` line if it raised.
    pub fn run(src: &str) -> String {
        let out = crate::Sandbox::new().run(src);
        out.stdout + &out.error.map(|e| e.summary + "\n").unwrap_or_default()
    }

    /// Evaluates one expression: its repr, or `ExcType message` if it raised.
    pub fn attempt(expr: &str) -> String {
        let src = format!(
            "try:\n    print(repr({expr}))\nexcept Exception as e:\n    print(type(e).__name__, e)"
        );
        run(&src).trim_end_matches('\n').to_string()
    }
}
