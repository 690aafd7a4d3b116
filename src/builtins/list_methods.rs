//! Methods of `list` and `tuple`. Every method re-reads the list after each call back into
//! Python (`__eq__`, key functions), because that code may have changed the list: no
//! borrow is held across such a call and no stale index is trusted.

use std::rc::Rc;

use crate::value::{List, Tuple, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::add_method;
use super::receiver::{arg, this};

/// Registers the methods of `list` and `tuple`.
pub fn register(vm: &mut Vm) {
    let list = vm.types.list.clone();
    add_method(&list, "append", list_append);
    add_method(&list, "extend", list_extend);
    add_method(&list, "insert", list_insert);
    add_method(&list, "remove", list_remove);
    add_method(&list, "pop", list_pop);
    add_method(&list, "clear", list_clear);
    add_method(&list, "index", list_index);
    add_method(&list, "count", list_count);
    add_method(&list, "sort", list_sort);
    add_method(&list, "reverse", list_reverse);
    add_method(&list, "copy", list_copy);
    let tuple = vm.types.tuple.clone();
    add_method(&tuple, "index", tuple_index);
    add_method(&tuple, "count", tuple_count);
}

/// The list behind a method's `self` (a list or an instance of a list subclass).
fn list_of(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<List>> {
    match this(vm, args, "list", method)? {
        Value::List(l) => Ok(l),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'list' object"
        ))),
    }
}

/// The list behind `self`, after checking the call passed no keywords and `min..=max`
/// other arguments. Methods taking one argument word the count error as `list.m()`.
fn list_call(vm: &Vm, args: &Args, method: &str, min: usize, max: usize) -> PyResult<Rc<List>> {
    let l = list_of(vm, args, method)?;
    args.no_kwargs(&format!("list.{method}"))?;
    check_count(args, "list", method, min, max)?;
    Ok(l)
}

/// CPython words argument-count errors of fixed-arity methods with the qualified name
/// (`list.append() takes exactly one argument`) and of optional-argument methods with the
/// bare name (`pop expected at most 1 argument`).
fn check_count(args: &Args, owner: &str, method: &str, min: usize, max: usize) -> PyResult<()> {
    if min == max && min <= 1 {
        args.check_method(&format!("{owner}.{method}"), min, max)
    } else {
        args.check_method(method, min, max)
    }
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "append", 1, 1)?;
    l.borrow_mut().push(arg(&args, 1));
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "extend", 1, 1)?;
    let items = vm.collect(&arg(&args, 1))?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

/// Clamps a (possibly negative) insertion point into `0..=len`, as `list.insert` does.
fn clamp_position(i: i64, len: usize) -> usize {
    let n = i64::try_from(len).unwrap_or(i64::MAX);
    let j = if i < 0 {
        i.saturating_add(n).max(0)
    } else {
        i.min(n)
    };
    usize::try_from(j).unwrap_or(0)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "insert", 2, 2)?;
    let i = vm.to_index(&arg(&args, 1))?;
    let mut items = l.borrow_mut();
    let at = clamp_position(i, items.len());
    items.insert(at, arg(&args, 2));
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "pop", 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let mut items = l.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let n = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let j = if i < 0 { i.saturating_add(n) } else { i };
    match usize::try_from(j).ok().filter(|&j| j < items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "clear", 0, 0)?;
    // Dropping the old items may run no Python code, but take them out first anyway so
    // the list is never borrowed while values are freed.
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// The first position in `start..stop` whose item equals `x`, re-reading the list after
/// every comparison. `get` returns the item at a position, or None past the end.
fn find(
    vm: &mut Vm,
    get: impl Fn(usize) -> Option<Value>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = get(i) else { break };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// How many items equal `x`, re-reading the sequence after every comparison.
fn count_equal(vm: &mut Vm, get: impl Fn(usize) -> Option<Value>, x: &Value) -> PyResult<usize> {
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = get(i) {
        if vm.eq(&item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "remove", 1, 1)?;
    match find(vm, |i| l.get(i), &arg(&args, 1), 0, usize::MAX)? {
        Some(i) => {
            let mut items = l.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

/// A `start`/`stop` bound of `index()`: slice-index semantics, negative from the end.
fn search_bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            vm.to_index(v).map_err(|_| {
                PyErr::type_error("slice indices must be integers or have an __index__ method")
            })?
        }
        _ => {
            return Err(PyErr::type_error(
                "slice indices must be integers or have an __index__ method",
            ))
        }
    };
    Ok(clamp_position(i, len))
}

/// `seq.index(x[, start[, stop]])` over a sequence read through `get`; `Ok(None)` when
/// absent (the caller words the error).
fn index_in(
    vm: &mut Vm,
    args: &Args,
    len: usize,
    get: impl Fn(usize) -> Option<Value>,
) -> PyResult<Option<usize>> {
    let start = search_bound(vm, args.get(2), len, 0)?;
    let stop = match args.get(3) {
        Some(v) => search_bound(vm, Some(v), len, len)?,
        None => usize::MAX,
    };
    find(vm, get, &arg(args, 1), start, stop)
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "index", 1, 3)?;
    match index_in(vm, &args, l.len(), |i| l.get(i))? {
        Some(i) => Ok(Value::Int(i64::try_from(i).unwrap_or(i64::MAX))),
        None => {
            let r = vm.repr(&arg(&args, 1))?;
            Err(PyErr::value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "count", 1, 1)?;
    let n = count_equal(vm, |i| l.get(i), &arg(&args, 1))?;
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

/// `list.sort(*, key=None, reverse=False)`. Like CPython, the list is empty while it is
/// being sorted (key functions and comparisons see `[]`), and a list that user code
/// changed meanwhile gets the sorted items back plus `ValueError: list modified during sort`.
fn list_sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "sort")?;
    if args.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(v) => vm.to_index(&v)? != 0,
        None => false,
    };
    if let Some((name, _)) = args.kw.first() {
        return Err(PyErr::type_error(format!(
            "'{name}' is an invalid keyword argument for sort()"
        )));
    }
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = super::functions_iter::sort_values(vm, &mut items, key.as_ref(), reverse);
    // A list left untouched during the sort still has the empty, unallocated vector we
    // put there; anything else means user code appended to it.
    let modified = {
        let mut current = l.borrow_mut();
        let touched = current.capacity() != 0;
        let during = std::mem::replace(&mut *current, items);
        drop(current);
        drop(during);
        touched
    };
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "reverse", 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "copy", 0, 0)?;
    Ok(Value::list(l.to_vec()))
}

/// The tuple behind a method's `self`, after the same checks as [`list_call`].
fn tuple_call(vm: &Vm, args: &Args, method: &str, min: usize, max: usize) -> PyResult<Rc<Tuple>> {
    let t = match this(vm, args, "tuple", method)? {
        Value::Tuple(t) => t,
        _ => {
            return Err(PyErr::type_error(format!(
                "descriptor '{method}' requires a 'tuple' object"
            )))
        }
    };
    args.no_kwargs(&format!("tuple.{method}"))?;
    check_count(args, "tuple", method, min, max)?;
    Ok(t)
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_call(vm, &args, "index", 1, 3)?;
    match index_in(vm, &args, t.items.len(), |i| t.items.get(i).cloned())? {
        Some(i) => Ok(Value::Int(i64::try_from(i).unwrap_or(i64::MAX))),
        None => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = tuple_call(vm, &args, "count", 1, 1)?;
    let n = count_equal(vm, |i| t.items.get(i).cloned(), &arg(&args, 1))?;
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}
