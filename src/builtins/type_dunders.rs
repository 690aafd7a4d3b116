//! The protocol dunders of builtin containers and numbers (`__len__`, `__getitem__`,
//! `__contains__`, `__iter__`, `__repr__`, `__hash__`, rich comparisons) as callable
//! methods. The VM implements these operations directly on builtin values; the methods
//! exist so Python code can name them: `super().__getitem__(k)` in a `dict` subclass,
//! `list.__len__(x)`, `sorted(xs, key=tuple.__len__)`. Each forwards to the VM service
//! on the unwrapped builtin value, so there is one implementation of every operation.
//!
//! The functions are generic over the owning type (an index into [`OWNERS`]) so one
//! definition serves every type while each registered method still names its own type in
//! error messages.

use std::rc::Rc;

use crate::compile::bytecode::CmpOp;
use crate::value::{Class, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::add_method;
use super::receiver::{arg, payload, this};

/// `list`, as the owner parameter of the generic dunders.
pub const LIST: usize = 0;
/// `tuple`, as the owner parameter of the generic dunders.
pub const TUPLE: usize = 1;
/// `dict`, as the owner parameter of the generic dunders.
pub const DICT: usize = 2;
/// `set`, as the owner parameter of the generic dunders.
pub const SET: usize = 3;
/// `frozenset`, as the owner parameter of the generic dunders.
pub const FROZENSET: usize = 4;
/// `int` (and `bool`), as the owner parameter of the generic dunders.
pub const INT: usize = 5;
/// `float`, as the owner parameter of the generic dunders.
pub const FLOAT: usize = 6;

/// The type names behind the owner indexes above.
pub const OWNERS: [&str; 7] = ["list", "tuple", "dict", "set", "frozenset", "int", "float"];

fn owner(k: usize) -> &'static str {
    OWNERS.get(k).copied().unwrap_or("object")
}

/// Checks the argument count of a slot wrapper (`expected 1 argument, got 0`); `self`
/// is not counted.
pub fn slot_arity(args: &Args, n: usize) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got == n && args.kw.is_empty() {
        return Ok(());
    }
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("wrapper takes no keyword arguments"));
    }
    let s = if n == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!(
        "expected {n} argument{s}, got {got}"
    )))
}

/// Checks the argument count of a slot wrapper that unpacks its arguments like
/// `__setitem__` does; CPython words that error with an empty function name
/// (` expected 2 arguments, got 1`).
pub fn unpack_arity(args: &Args, n: usize) -> PyResult<()> {
    slot_arity(args, n).map_err(|e| match e {
        PyErr::New(kind, msg) if args.kw.is_empty() => {
            let text = msg.first().and_then(Value::as_str).unwrap_or_default();
            PyErr::new(kind, format!(" {text}"))
        }
        other => other,
    })
}

/// `self` of a slot wrapper of type `K`, after checking it takes `n` more arguments.
fn slot_self<const K: usize>(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<Value> {
    let v = this(vm, args, owner(K), name)?;
    slot_arity(args, n)?;
    Ok(v)
}

fn len<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = slot_self::<K>(vm, &args, "__len__", 0)?;
    Ok(Value::Int(i64::try_from(vm.len(&v)?).unwrap_or(i64::MAX)))
}

fn getitem<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = if K == LIST {
        // `list.__getitem__` is a method, not a slot wrapper, in CPython.
        let v = this(vm, &args, owner(K), "__getitem__")?;
        args.check_method("list.__getitem__", 1, 1)?;
        v
    } else {
        slot_self::<K>(vm, &args, "__getitem__", 1)?
    };
    vm.getitem(&v, &arg(&args, 1))
}

fn setitem<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, owner(K), "__setitem__")?;
    unpack_arity(&args, 2)?;
    vm.setitem(&v, arg(&args, 1), arg(&args, 2))?;
    Ok(Value::None)
}

fn delitem<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = slot_self::<K>(vm, &args, "__delitem__", 1)?;
    vm.delitem(&v, &arg(&args, 1))?;
    Ok(Value::None)
}

fn contains<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = slot_self::<K>(vm, &args, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&v, &arg(&args, 1))?))
}

fn iter<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = slot_self::<K>(vm, &args, "__iter__", 0)?;
    vm.get_iter(&v)
}

fn repr<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = slot_self::<K>(vm, &args, "__repr__", 0)?;
    Ok(Value::str(vm.repr(&v)?))
}

fn hash<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = slot_self::<K>(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&v)?))
}

/// Whether a builtin value can be the other operand of type `K`'s comparisons (anything
/// else gets `NotImplemented`, as in CPython: `(1).__eq__(1.0)` is NotImplemented).
fn comparable<const K: usize>(other: &Value) -> bool {
    match K {
        LIST => matches!(other, Value::List(_)),
        TUPLE => matches!(other, Value::Tuple(_)),
        DICT => matches!(other, Value::Dict(_)),
        SET | FROZENSET => matches!(other, Value::Set(_) | Value::FrozenSet(_)),
        INT => matches!(other, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
        FLOAT => matches!(
            other,
            Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
        ),
        _ => false,
    }
}

const CMP_OPS: [CmpOp; 6] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
];
const CMP_NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/// `__lt__` & co: compares the unwrapped builtin values, so a subclass's own comparison
/// methods are not re-entered.
fn compare<const K: usize, const OP: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = CMP_NAMES.get(OP).copied().unwrap_or("__eq__");
    let v = slot_self::<K>(vm, &args, name, 1)?;
    let other = payload(&arg(&args, 1));
    if !comparable::<K>(&other) {
        return Ok(Value::NotImplemented);
    }
    if K == DICT && !matches!(OP, 2 | 3) {
        return Ok(Value::NotImplemented);
    }
    let op = CMP_OPS.get(OP).copied().unwrap_or(CmpOp::Eq);
    vm.compare(&v, &other, op)
}

fn add_comparisons<const K: usize>(class: &Rc<Class>) {
    add_method(class, "__lt__", compare::<K, 0>);
    add_method(class, "__le__", compare::<K, 1>);
    add_method(class, "__eq__", compare::<K, 2>);
    add_method(class, "__ne__", compare::<K, 3>);
    add_method(class, "__gt__", compare::<K, 4>);
    add_method(class, "__ge__", compare::<K, 5>);
}

/// Marks a mutable builtin type unhashable (`list.__hash__ is None`), so instances of its
/// subclasses report `unhashable type: 'Sub'`.
fn unhashable(class: &Rc<Class>) {
    class
        .dict
        .borrow_mut()
        .insert("__hash__".into(), Value::None);
}

/// Registers the protocol dunders of builtin type `K` on `class`.
pub fn register_for<const K: usize>(class: &Rc<Class>) {
    add_method(class, "__repr__", repr::<K>);
    add_comparisons::<K>(class);
    match K {
        INT | FLOAT => {
            add_method(class, "__hash__", hash::<K>);
            return;
        }
        TUPLE | FROZENSET => add_method(class, "__hash__", hash::<K>),
        _ => unhashable(class),
    }
    add_method(class, "__len__", len::<K>);
    add_method(class, "__contains__", contains::<K>);
    add_method(class, "__iter__", iter::<K>);
    if matches!(K, LIST | TUPLE) {
        add_method(class, "__getitem__", getitem::<K>);
    }
    if K == LIST {
        add_method(class, "__setitem__", setitem::<K>);
        add_method(class, "__delitem__", delitem::<K>);
    }
}

/// Registers the protocol dunders of every builtin container and number type (dict's
/// item access lives in `dict_methods`, because it has to honour `__missing__`).
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    register_for::<LIST>(&t.list);
    register_for::<TUPLE>(&t.tuple);
    register_for::<DICT>(&t.dict);
    register_for::<SET>(&t.set);
    register_for::<FROZENSET>(&t.frozenset);
    register_for::<INT>(&t.int);
    register_for::<FLOAT>(&t.float);
}

/// Forwards dict item assignment and deletion (which need nothing special) for
/// `dict_methods`.
pub fn register_dict_item_access(class: &Rc<Class>) {
    add_method(class, "__setitem__", setitem::<DICT>);
    add_method(class, "__delitem__", delitem::<DICT>);
}
