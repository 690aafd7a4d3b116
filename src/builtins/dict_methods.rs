//! Methods of `dict`. Key lookups go through the VM's dict helpers (which hash and compare
//! keys, running user `__hash__`/`__eq__` with the table unborrowed); these methods only add
//! argument handling and CPython's results and messages.

use std::rc::Rc;

use crate::value::{Dict, DictView, Value, ViewKind};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::receiver::{add_classmethod, arg, method_args, this};
use super::type_dunders::register_dict_item_access;
use super::{add_method, add_method_with_shortcut};
use crate::value::function::Shortcut;

/// Registers the methods of `dict`.
pub fn register(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    add_method(&dict, "keys", dict_keys);
    add_method(&dict, "values", dict_values);
    add_method(&dict, "items", dict_items);
    add_method_with_shortcut(&dict, "get", dict_get, Shortcut::TwoOrThree(get_from));
    add_method(&dict, "setdefault", dict_setdefault);
    add_method(&dict, "pop", dict_pop);
    add_method(&dict, "popitem", dict_popitem);
    add_method(&dict, "update", dict_update);
    add_method(&dict, "clear", dict_clear);
    add_method(&dict, "copy", dict_copy);
    add_method(&dict, "__getitem__", dict_getitem);
    register_dict_item_access(&dict);
    add_classmethod(&dict, "fromkeys", dict_fromkeys);
    for view in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        add_method(&view, "isdisjoint", view_isdisjoint);
    }
}

/// `view.isdisjoint(iterable)` of a keys or items view: no item of `iterable` is in it.
fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("isdisjoint")?;
    args.check_method("isdisjoint", 1, 1)?;
    let view = arg(&args, 0);
    for item in vm.collect(&arg(&args, 1))? {
        if vm.contains(&view, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The dict behind `self`, after checking the call passed no keywords and `min..=max`
/// other arguments (worded as CPython words each method's errors).
fn dict_call(vm: &Vm, args: &Args, method: &str, min: usize, max: usize) -> PyResult<Rc<Dict>> {
    let d = match args.pos.first() {
        // A dict itself, the usual receiver, without the general check's type-name lookup.
        Some(Value::Dict(d)) => d.clone(),
        _ => receiver_dict(vm, args, method)?,
    };
    method_args(args, "dict", method, min, max)?;
    Ok(d)
}

/// The dict behind a receiver that is not a dict itself (a subclass instance), or the
/// TypeError for one that is no dict at all.
fn receiver_dict(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<Dict>> {
    match this(vm, args, "dict", method)? {
        Value::Dict(d) => Ok(d),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'dict' object"
        ))),
    }
}

fn view(d: Rc<Dict>, kind: ViewKind) -> Value {
    Value::DictView(Rc::new(crate::value::Counted::new(DictView {
        dict: d,
        kind,
    })))
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

/// `dict.get`'s shortcut: `receiver.get(key)` or `receiver.get(key, default)`.
fn get_from(vm: &mut Vm, receiver: Value, key: Value, default: Option<Value>) -> PyResult<Value> {
    match &receiver {
        Value::Dict(d) => Ok(vm.dict_get(d, &key)?.or(default).unwrap_or(Value::None)),
        _ => {
            let mut args = vec![receiver, key];
            args.extend(default);
            dict_get(vm, Args::new(args))
        }
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_call(vm, &args, "setdefault", 1, 2)?;
    let key = arg(&args, 1);
    let hash = vm.table_hash(&key)?;
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
        vm.dict_update_from(&d, other)?;
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
    let table = vm.copy_table(&d)?;
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
    method_args(&args, "dict", "fromkeys", 1, 2)?;
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

#[cfg(test)]
mod tests {
    use super::super::receiver::test_support::{attempt, run};

    #[test]
    fn dict_methods() {
        let cases: &[(&str, &str)] = &[
            ("d = {'a': 1, 'b': 2}\nk, v, i = d.keys(), d.values(), d.items()\nd['c'] = 3\nprint(k, v, i, len(k))\nprint(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('n'), d)\nprint(d.pop('n'), d.pop('z', 'dflt'), d.popitem(), d)\nd.update({'x': 1}, y=2)\nd.update([('z', 3)])\nprint(d)\ne = d.copy()\ne['new'] = 1\nprint(len(d), len(e), d.clear(), d)", "dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)]) 3\n1 None 0 1 None {'a': 1, 'b': 2, 'c': 3, 'n': None}\nNone dflt ('c', 3) {'a': 1, 'b': 2}\n{'a': 1, 'b': 2, 'x': 1, 'y': 2, 'z': 3}\n5 6 None {}\n"),
            ("print(dict.fromkeys('ab', 0), dict.fromkeys([1, 2]), {}.fromkeys('x'))", "{'a': 0, 'b': 0} {1: None, 2: None} {'x': None}\n"),
            ("class D(dict):\n    def __setitem__(self, k, v):\n        print('set', k, v)\n        super().__setitem__(k, v * 2)\nx = D.fromkeys('ab', 1)\nprint(type(x).__name__, x)\nx.update(c=5)\nx.setdefault('d', 7)\nprint(x)", "set a 1\nset b 1\nD {'a': 2, 'b': 2}\n{'a': 2, 'b': 2, 'c': 5, 'd': 7}\n"),
            ("class M(dict):\n    def __missing__(self, k):\n        return k * 2\nm = M(a=1)\nprint(m['zz'], m.__getitem__('q'), dict.__getitem__(m, 'a'), m.get('zz'), 'zz' in m)", "zzzz qq 1 None False\n"),
            ("class U(dict):\n    def __getitem__(self, k):\n        return super().__getitem__(k) + 1\n    def __delitem__(self, k):\n        super().__delitem__(k)\n        print('deleted', k)\nu = U(a=1)\nprint(u['a'], u.get('a'))\ndel u['a']\nprint(u, len(u), u.__len__(), u.__contains__('a'))", "2 1\ndeleted a\n{} 0 0 False\n"),
            ("d = {1: 'x'}\nd.__setitem__(2, 'y')\nd.__delitem__(1)\nprint(d, d.__getitem__(2), d.__repr__(), dict.__hash__, d.__eq__({2: 'y'}), d.__lt__(d))", "{2: 'y'} y {2: 'y'} None True NotImplemented\n"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src), *want, "{src}");
        }
    }

    #[test]
    fn dict_errors() {
        let cases: &[(&str, &str)] = &[
            (
                "{}.get()",
                "TypeError get expected at least 1 argument, got 0",
            ),
            (
                "{}.get(1, 2, 3)",
                "TypeError get expected at most 2 arguments, got 3",
            ),
            (
                "{}.pop()",
                "TypeError pop expected at least 1 argument, got 0",
            ),
            ("{}.pop(1)", "KeyError 1"),
            ("{}.popitem()", "KeyError 'popitem(): dictionary is empty'"),
            (
                "{}.setdefault()",
                "TypeError setdefault expected at least 1 argument, got 0",
            ),
            ("{}.update(1)", "TypeError 'int' object is not iterable"),
            (
                "{}.update([1])",
                "TypeError cannot convert dictionary update sequence element #0 to a sequence",
            ),
            (
                "{}.update([(1, 2, 3)])",
                "ValueError dictionary update sequence element #0 has length 3; 2 is required",
            ),
            (
                "{}.update({}, {})",
                "TypeError update expected at most 1 argument, got 2",
            ),
            (
                "{}.keys(1)",
                "TypeError dict.keys() takes no arguments (1 given)",
            ),
            (
                "dict.fromkeys()",
                "TypeError fromkeys expected at least 1 argument, got 0",
            ),
            ("dict.fromkeys(1)", "TypeError 'int' object is not iterable"),
            (
                "{}.copy(1)",
                "TypeError dict.copy() takes no arguments (1 given)",
            ),
            ("{}.__getitem__(1)", "KeyError 1"),
            (
                "{}.__setitem__(1)",
                "TypeError  expected 2 arguments, got 1",
            ),
            ("{}.__delitem__(1)", "KeyError 1"),
            ("{}.get([])", "TypeError unhashable type: 'list'"),
            (
                "{}.get(key=1)",
                "TypeError dict.get() takes no keyword arguments",
            ),
            (
                "dict.fromkeys(iterable=1)",
                "TypeError dict.fromkeys() takes no keyword arguments",
            ),
            (
                "dict.keys(1)",
                "TypeError descriptor 'keys' for 'dict' objects doesn't apply to a 'int' object",
            ),
            (
                "dict.update()",
                "TypeError unbound method dict.update() needs an argument",
            ),
        ];
        for (expr, want) in cases {
            assert_eq!(attempt(expr), *want, "{expr}");
        }
    }
}
