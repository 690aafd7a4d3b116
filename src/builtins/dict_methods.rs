//! Methods of `dict`. Key lookups go through the VM's dict helpers (which hash and compare
//! keys, running user `__hash__`/`__eq__` with the table unborrowed); these methods only add
//! argument handling and CPython's results and messages.

use std::rc::Rc;

use crate::value::{Dict, DictView, Value, ViewKind};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::add_method;
use super::receiver::{add_classmethod, arg, this};
use super::type_dunders::register_dict_item_access;

/// Registers the methods of `dict`.
pub fn register(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    add_method(&dict, "keys", dict_keys);
    add_method(&dict, "values", dict_values);
    add_method(&dict, "items", dict_items);
    add_method(&dict, "get", dict_get);
    add_method(&dict, "setdefault", dict_setdefault);
    add_method(&dict, "pop", dict_pop);
    add_method(&dict, "popitem", dict_popitem);
    add_method(&dict, "update", dict_update);
    add_method(&dict, "clear", dict_clear);
    add_method(&dict, "copy", dict_copy);
    add_method(&dict, "__getitem__", dict_getitem);
    register_dict_item_access(&dict);
    add_classmethod(&dict, "fromkeys", dict_fromkeys);
}

/// The dict behind `self`, after checking the call passed no keywords and `min..=max`
/// other arguments (worded as CPython words each method's errors).
fn dict_call(vm: &Vm, args: &Args, method: &str, min: usize, max: usize) -> PyResult<Rc<Dict>> {
    let d = match this(vm, args, "dict", method)? {
        Value::Dict(d) => d,
        _ => {
            return Err(PyErr::type_error(format!(
                "descriptor '{method}' requires a 'dict' object"
            )))
        }
    };
    args.no_kwargs(&format!("dict.{method}"))?;
    if min == max && min <= 1 {
        args.check_method(&format!("dict.{method}"), min, max)?;
    } else {
        args.check_method(method, min, max)?;
    }
    Ok(d)
}

fn view(d: Rc<Dict>, kind: ViewKind) -> Value {
    Value::DictView(Rc::new(DictView { dict: d, kind }))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(view(dict_call(vm, &args, "keys", 0, 0)?, ViewKind::Keys))
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(view(
        dict_call(vm, &args, "values", 0, 0)?,
        ViewKind::Values,
    ))
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(view(dict_call(vm, &args, "items", 0, 0)?, ViewKind::Items))
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_call(vm, &args, "get", 1, 2)?;
    Ok(vm
        .dict_get(&d, &arg(&args, 1))?
        .unwrap_or_else(|| arg(&args, 2)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_call(vm, &args, "setdefault", 1, 2)?;
    let key = arg(&args, 1);
    let hash = vm.hash(&key)? as u64;
    if let Some(pos) = vm.dict_find(&d, &key, hash)? {
        if let Some(e) = d.borrow().entry(pos) {
            return Ok(e.value.clone());
        }
    }
    let default = arg(&args, 2);
    d.with_mut(|t| t.push(hash, key, default.clone()));
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_call(vm, &args, "pop", 1, 2)?;
    let key = arg(&args, 1);
    match vm.dict_del(&d, &key)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::key_error(key)),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_call(vm, &args, "popitem", 0, 0)?;
    match d.with_mut(|t| t.pop_last()) {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(PyErr::key_error(Value::str(
            "popitem(): dictionary is empty",
        ))),
    }
}

/// `d.update([other], **kwargs)`: a mapping or pairs first, then the keywords.
fn dict_update(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kwargs = std::mem::take(&mut args.kw);
    let d = dict_call(vm, &args, "update", 0, 1)?;
    if let Some(other) = args.get(1) {
        vm.dict_update_from(&d, other, false)?;
    }
    for (name, value) in kwargs {
        vm.dict_set(&d, Value::str(&*name), value)?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_call(vm, &args, "clear", 0, 0)?;
    d.with_mut(|t| t.clear());
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_call(vm, &args, "copy", 0, 0)?;
    let table = d.borrow().clone();
    Ok(Value::Dict(Rc::new(Dict::from_table(table))))
}

/// `d[key]`: for instances of a subclass, a missing key goes to the subclass's
/// `__missing__` (so `super().__getitem__(k)` behaves like `dict`'s own lookup).
fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_call(vm, &args, "__getitem__", 1, 1)?;
    let key = arg(&args, 1);
    if let Some(v) = vm.dict_get(&d, &key)? {
        return Ok(v);
    }
    if let Some(obj @ Value::Instance(inst)) = args.get(0) {
        if let Some(missing) = inst.class.lookup("__missing__") {
            let obj = obj.clone();
            return vm.call(&missing, Args::new(vec![obj, key]));
        }
    }
    Err(PyErr::key_error(key))
}

/// `dict.fromkeys(iterable, value=None)`: a plain dict for `dict` itself; for a subclass,
/// an instance made by calling the class and filled through its `__setitem__`.
fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("dict.fromkeys")?;
    args.check_method("fromkeys", 1, 2)?;
    let keys = vm.collect(&arg(&args, 1))?;
    let value = arg(&args, 2);
    match args.get(0) {
        Some(Value::Class(cls)) if !cls.builtin => {
            let obj = vm.call(&Value::Class(cls.clone()), Args::default())?;
            for k in keys {
                vm.setitem(&obj, k, value.clone())?;
            }
            Ok(obj)
        }
        _ => {
            let d = Rc::new(Dict::new());
            for k in keys {
                vm.dict_set(&d, k, value.clone())?;
            }
            Ok(Value::Dict(d))
        }
    }
}
