//! `bytearray`: the mutable byte string. Construction reuses `bytes()`; the read-only
//! methods are `bytes`' own (the VM binds them to a snapshot); this file adds the
//! mutating ones.

use std::rc::Rc;

use crate::value::{ByteArrayObj, BytesObj, Descriptor, NativeFunction, Value};
use crate::vm::subscript::{clamp_position, item_position};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::{add_method, add_value};

/// Registers `bytearray` and its mutating methods.
pub fn register(vm: &mut Vm) {
    let class = vm.types.bytearray.clone();
    add_method(&class, "__new__", bytearray_new);
    add_method(&class, "append", append);
    add_method(&class, "extend", extend);
    add_method(&class, "insert", insert);
    add_method(&class, "pop", pop);
    add_method(&class, "remove", remove);
    add_method(&class, "clear", clear);
    add_method(&class, "reverse", reverse);
    add_method(&class, "copy", copy);
    register_bytes_returning(&class);
    let fromhex = Value::Native(Rc::new(NativeFunction {
        name: "fromhex",
        shortcut: crate::value::function::Shortcut::None,
        func: fromhex,
        owner: Some("bytearray"),
        module: None,
    }));
    class.namespace_mut().insert(
        "fromhex".into(),
        Value::descriptor(Descriptor::ClassMethod(fromhex)),
    );
    add_value(vm, "bytearray", Value::Class(class));
}

fn this(args: &Args, method: &str) -> PyResult<Rc<ByteArrayObj>> {
    match args.get(0) {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'bytearray' object"
        ))),
    }
}

/// `bytearray(source=b'', encoding=..., errors=...)`: whatever `bytes()` accepts.
fn bytearray_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.pos.remove(0);
    if args.is_empty() {
        return Ok(Value::bytearray(Vec::new()));
    }
    let bytes_class = Value::Class(vm.types.bytes.clone());
    let made = vm.call(&bytes_class, args)?;
    to_bytearrays(vm, made)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("append", 1, 1)?;
    let b = this(&args, "append")?;
    let byte = vm.byte_value(args.get(1).unwrap_or(&Value::None))?;
    b.change(1, |bytes| bytes.push(byte));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("extend", 1, 1)?;
    let b = this(&args, "extend")?;
    let more = vm.byte_values(args.get(1).unwrap_or(&Value::None))?;
    b.change(more.len(), |bytes| bytes.extend(more));
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("insert", 2, 2)?;
    let b = this(&args, "insert")?;
    let index = vm.to_ssize(args.get(1).unwrap_or(&Value::None))?;
    let byte = vm.byte_value(args.get(2).unwrap_or(&Value::None))?;
    b.change(1, |data| {
        data.insert(clamp_position(index, data.len()), byte)
    });
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("pop", 0, 1)?;
    let b = this(&args, "pop")?;
    let index = match args.get(1) {
        Some(v) => vm.to_ssize(v)?,
        None => -1,
    };
    let mut data = b.bytes.borrow_mut();
    if data.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let at = item_position(index, data.len())
        .ok_or_else(|| PyErr::index_error("pop index out of range"))?;
    Ok(Value::Int(i64::from(data.remove(at))))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("remove", 1, 1)?;
    let b = this(&args, "remove")?;
    let byte = vm.byte_value(args.get(1).unwrap_or(&Value::None))?;
    let mut data = b.bytes.borrow_mut();
    match data.iter().position(|&x| x == byte) {
        Some(i) => {
            data.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("clear", 0, 0)?;
    this(&args, "clear")?.bytes.borrow_mut().clear();
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("reverse", 0, 0)?;
    this(&args, "reverse")?.bytes.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("copy", 0, 0)?;
    let b = this(&args, "copy")?;
    let data = b.bytes.borrow();
    vm.check_alloc(1, data.len())?;
    Ok(Value::bytearray(data.clone()))
}

/// `bytearray.fromhex(text)`: `bytes.fromhex`, as a bytearray.
fn fromhex(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.pos.remove(0);
    let bytes_class = Value::Class(vm.types.bytes.clone());
    let made = vm.call_method(&bytes_class, "fromhex", args.pos.into_vec())?;
    to_bytearrays(vm, made)
}

/// The bytes of bytearray `b` now, as a `bytes` value the read-only methods run on,
/// counted against the memory limit before the copy is made.
pub(crate) fn snapshot(vm: &mut Vm, b: &ByteArrayObj) -> PyResult<Value> {
    let data = b.bytes.borrow();
    vm.check_alloc(1, data.len())?;
    Ok(Value::bytes(data.clone()))
}

/// Runs `bytes.<method>` on a snapshot of the bytearray `args[0]` and turns bytes in the
/// result back into bytearrays, as CPython's bytearray methods return bytearrays.
fn via_bytes(vm: &mut Vm, mut args: Args, method: &str) -> PyResult<Value> {
    let b = this(&args, method)?;
    let snapshot = snapshot(vm, &b)?;
    if let Some(first) = args.pos.first_mut() {
        *first = snapshot;
    }
    let func = vm.types.bytes.lookup(method).ok_or_else(|| {
        PyErr::attribute_error(format!("'bytearray' object has no attribute '{method}'"))
    })?;
    let result = vm.call(&func, args)?;
    to_bytearrays(vm, result)
}

/// `v` with every `bytes` in it (itself, or the items of a list or tuple) turned into a
/// bytearray. The buffer of a `bytes` nothing else holds (a result just made) moves
/// into the bytearray, so a big result is not copied, nor counted twice, on the way;
/// a shared one is copied once the memory limit allows it.
fn to_bytearrays(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let each = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Vec<Value>> {
        items.into_iter().map(|v| to_bytearrays(vm, v)).collect()
    };
    Ok(match v {
        Value::Bytes(b) => match Rc::try_unwrap(b) {
            Ok(BytesObj { bytes, charge }) => {
                drop(charge);
                Value::bytearray(bytes)
            }
            Err(shared) => {
                vm.check_alloc(1, shared.bytes.len())?;
                Value::bytearray(shared.bytes.clone())
            }
        },
        Value::List(l) => {
            let items = std::mem::take(&mut *l.borrow_mut());
            Value::list(each(vm, items)?)
        }
        Value::Tuple(mut t) => {
            let items = match Rc::get_mut(&mut t) {
                Some(t) => std::mem::take(&mut t.items),
                None => t.items.clone(),
            };
            Value::tuple(each(vm, items)?)
        }
        other => other,
    })
}

/// Defines bytearray methods that are `bytes` methods with bytearray results.
macro_rules! bytes_returning {
    ($($name:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            via_bytes(vm, args, stringify!($name))
        })*

        /// Registers the methods whose bytes results become bytearrays.
        fn register_bytes_returning(class: &Rc<crate::value::Class>) {
            $(add_method(class, stringify!($name), $name);)*
        }
    };
}

bytes_returning!(
    upper,
    lower,
    title,
    capitalize,
    swapcase,
    strip,
    lstrip,
    rstrip,
    replace,
    center,
    ljust,
    rjust,
    zfill,
    expandtabs,
    split,
    rsplit,
    splitlines,
    partition,
    rpartition,
    join,
    removeprefix,
    removesuffix,
    translate,
);
