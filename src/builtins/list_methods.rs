//! Methods of `list` and `tuple`. Every method re-reads the list after each call back into
//! Python (`__eq__`, key functions), because that code may have changed the list: no
//! borrow is held across such a call and no stale index is trusted.

use std::rc::Rc;

use crate::value::{List, Tuple, Value};
use crate::vm::subscript::{clamp_position, item_position};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::receiver::{arg, method_args, this};
use super::{add_method, add_method_with_shortcut};
use crate::value::function::Shortcut;

/// Registers the methods of `list` and `tuple`.
pub fn register(vm: &mut Vm) {
    let list = vm.types.list.clone();
    add_method_with_shortcut(&list, "append", list_append, Shortcut::Two(append_to));
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
    // A list itself, the usual receiver, without the general check's type-name lookup.
    if let Some(Value::List(l)) = args.pos.first() {
        return Ok(l.clone());
    }
    match this(vm, args, "list", method)? {
        Value::List(l) => Ok(l),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'list' object"
        ))),
    }
}

/// The list behind `self`, after checking the call passed no keywords and `min..=max`
/// other arguments.
fn list_call(vm: &Vm, args: &Args, method: &str, min: usize, max: usize) -> PyResult<Rc<List>> {
    let l = list_of(vm, args, method)?;
    method_args(args, "list", method, min, max)?;
    Ok(l)
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "append", 1, 1)?;
    l.borrow_mut().push(arg(&args, 1));
    Ok(Value::None)
}

/// `list.append`'s shortcut: `receiver.append(v)`.
fn append_to(vm: &mut Vm, receiver: Value, v: Value) -> PyResult<Value> {
    match &receiver {
        Value::List(l) => {
            l.borrow_mut().push(v);
            Ok(Value::None)
        }
        _ => list_append(vm, Args::new(vec![receiver, v])),
    }
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "extend", 1, 1)?;
    let items = vm.collect(&arg(&args, 1))?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "insert", 2, 2)?;
    let i = vm.to_ssize(&arg(&args, 1))?;
    let mut items = l.borrow_mut();
    let at = clamp_position(i, items.len());
    items.insert(at, arg(&args, 2));
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "pop", 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.to_ssize(v)?,
        None => -1,
    };
    let mut items = l.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    match item_position(i, items.len()) {
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
    vm.charge_scan(i)?;
    Ok(n)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = list_call(vm, &args, "remove", 1, 1)?;
    match vm.find_equal(|i| l.get(i), &arg(&args, 1), 0, usize::MAX)? {
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
    vm.find_equal(get, &arg(args, 1), start, stop)
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
    vm.check_alloc(std::mem::size_of::<Value>(), l.len())?;
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
    method_args(args, "tuple", method, min, max)?;
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

#[cfg(test)]
mod tests {
    use super::super::receiver::test_support::{attempt, run};

    #[test]
    fn list_and_tuple_methods() {
        let cases: &[(&str, &str)] = &[
            ("a = [3, 1, 4]\nprint(a.append(1), a)\nprint(a.extend(range(2)), a)\na.insert(100, 'end'); a.insert(-1, 'x'); a.insert(-100, 'first')\nprint(a)\nprint(a.pop(), a.pop(0), a.pop(-2), a)\nprint(a.remove(1), a, a.index(1), a.count(1), a.copy() == a, a.copy() is a)\na.reverse(); print(a)\na.clear(); print(a, len(a))", "None [3, 1, 4, 1]\nNone [3, 1, 4, 1, 0, 1]\n['first', 3, 1, 4, 1, 0, 1, 'x', 'end']\nend first 1 [3, 1, 4, 1, 0, 'x']\nNone [3, 4, 1, 0, 'x'] 2 1 True False\n['x', 0, 1, 4, 3]\n[] 0\n"),
            ("print([1, 2, 3, 2].index(2, 2), [1, 2, 3].index(3, -1), [1, 2, 3].index(1, -100, 100))", "3 2 0\n"),
            ("a = [1, 2]\na.extend(a)\nprint(a)", "[1, 2, 1, 2]\n"),
            ("t = (1, 2, 1)\nprint(t.count(1), t.index(1, 1), t.index(2))", "2 2 1\n"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src), *want, "{src}");
        }
    }

    #[test]
    fn list_and_tuple_errors() {
        let cases: &[(&str, &str)] = &[
            ("[].pop()", "IndexError pop from empty list"),
            ("[1].pop(5)", "IndexError pop index out of range"),
            (
                "[1, 2].remove(3)",
                "ValueError list.remove(x): x not in list",
            ),
            ("[1, 2].index(3)", "ValueError 3 is not in list"),
            ("[1, 2, 3].index(3, 0, -1)", "ValueError 3 is not in list"),
            ("[].index('x')", "ValueError 'x' is not in list"),
            (
                "[].append()",
                "TypeError list.append() takes exactly one argument (0 given)",
            ),
            (
                "[].append(x=1)",
                "TypeError list.append() takes no keyword arguments",
            ),
            (
                "[].insert(1)",
                "TypeError insert expected 2 arguments, got 1",
            ),
            (
                "[].insert('a', 1)",
                "TypeError 'str' object cannot be interpreted as an integer",
            ),
            (
                "[].pop(1, 2)",
                "TypeError pop expected at most 1 argument, got 2",
            ),
            (
                "[].index()",
                "TypeError index expected at least 1 argument, got 0",
            ),
            (
                "[1].index(1, 'a')",
                "TypeError slice indices must be integers or have an __index__ method",
            ),
            (
                "[].sort(1)",
                "TypeError sort() takes no positional arguments",
            ),
            (
                "[].sort(foo=1)",
                "TypeError 'foo' is an invalid keyword argument for sort()",
            ),
            (
                "[].reverse(1)",
                "TypeError list.reverse() takes no arguments (1 given)",
            ),
            (
                "list.append(1, 2)",
                "TypeError descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
            ),
            (
                "list.append()",
                "TypeError unbound method list.append() needs an argument",
            ),
            ("[].extend(5)", "TypeError 'int' object is not iterable"),
            (
                "(1, 2).index(3)",
                "ValueError tuple.index(x): x not in tuple",
            ),
            (
                "().count()",
                "TypeError tuple.count() takes exactly one argument (0 given)",
            ),
            (
                "list.sort([3, 1], reverse=[])",
                "TypeError 'list' object cannot be interpreted as an integer",
            ),
        ];
        for (expr, want) in cases {
            assert_eq!(attempt(expr), *want, "{expr}");
        }
    }

    #[test]
    fn list_sort() {
        let cases: &[(&str, &str)] = &[
            ("a = [3, 1, 2]\nseen = []\na.sort(key=lambda x: seen.append(len(a)) or x)\nprint(seen, a)", "[0, 0, 0] [1, 2, 3]\n"),
            ("a = [3, 1, 2]\ntry:\n    a.sort(key=lambda x: a.append(x) or x)\nexcept ValueError as e:\n    print(type(e).__name__, e)\nprint(a)", "ValueError list modified during sort\n[1, 2, 3]\n"),
            ("a = [(1, 'b'), (0, 'z'), (1, 'a')]\na.sort(key=lambda p: p[0], reverse=True)\nprint(a)\na.sort(reverse=1)\nprint(a)", "[(1, 'b'), (1, 'a'), (0, 'z')]\n[(1, 'b'), (1, 'a'), (0, 'z')]\n"),
            ("a = [3, 'x', 1]\ntry:\n    a.sort()\nexcept TypeError as e:\n    print(e)\nprint(sorted(a, key=lambda v: 0) == a)", "'<' not supported between instances of 'str' and 'int'\nTrue\n"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src), *want, "{src}");
        }
    }

    #[test]
    fn list_subclasses_and_dunders() {
        let cases: &[(&str, &str)] = &[
            ("class L(list):\n    def append(self, x):\n        super().append(x * 2)\n    def __len__(self):\n        return super().__len__() + 100\nl = L([1])\nl.append(5)\nprint(l, len(l), list.__len__(l), l.pop(), l.index(1), type(l.copy()).__name__)", "[1] 102 2 10 0 list\n"),
            ("class L(list):\n    pass\ntry:\n    hash(L())\nexcept TypeError as e:\n    print(e)\nprint(list.__hash__)", "unhashable type: 'L'\nNone\n"),
            ("print([1].__getitem__(0), [1, 2].__contains__(2), [3].__repr__(), [1].__eq__([1]), [1].__lt__((1,)), (1, 2).__len__())", "1 True [3] True NotImplemented 2\n"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src), *want, "{src}");
        }
    }
}
