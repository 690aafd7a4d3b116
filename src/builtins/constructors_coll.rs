//! The container types as callables: `list`, `tuple`, `dict`, `set`, `frozenset`.
//! Mutable containers follow CPython's split: `__new__` makes an empty container and
//! `__init__` fills it, so `super().__init__(iterable)` works in subclasses. Calling the
//! exact builtin class runs only `__new__`, which then fills the container itself.

use std::rc::Rc;

use crate::value::{Dict, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::constructors::split_class;
use super::core::wrap_for_class;
use super::{add_method, add_value};

/// Registers the container constructors and publishes their classes.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let (list, tuple, dict, set, frozenset) = (
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
    );
    add_method(&list, "__new__", list_new);
    add_method(&list, "__init__", list_init);
    add_method(&tuple, "__new__", tuple_new);
    add_method(&dict, "__new__", dict_new);
    add_method(&dict, "__init__", dict_init);
    add_method(&set, "__new__", set_new);
    add_method(&set, "__init__", set_init);
    add_method(&frozenset, "__new__", frozenset_new);
    for (name, cls) in [
        ("list", list),
        ("tuple", tuple),
        ("dict", dict),
        ("set", set),
        ("frozenset", frozenset),
    ] {
        add_value(vm, name, Value::Class(cls));
    }
}

/// Checks `name(iterable=(), /)`'s signature (for `__init__`, `args` excludes self).
fn check_iterable_args(args: &Args, name: &str) -> PyResult<Option<Value>> {
    args.no_kwargs(name)?;
    args.check(name, 0, 1)?;
    Ok(args.opt(0))
}

/// The receiver of an `__init__` and the rest of its arguments.
fn split_self(mut args: Args) -> (Value, Args) {
    let this = if args.pos.is_empty() {
        Value::None
    } else {
        args.pos.remove(0)
    };
    (this, args)
}

/// `self` unwrapped to the builtin value it is or wraps.
fn builtin_self(this: &Value) -> Value {
    super::functions::unwrap_builtin(this)
}

fn descriptor_error(method: &str, owner: &str, this: &Value, vm: &Vm) -> PyErr {
    PyErr::type_error(format!(
        "descriptor '{method}' requires a '{owner}' object but received a '{}'",
        vm.type_name(this)
    ))
}

// ---------------------------------------------------------------------------------------
// list, tuple

/// `list(iterable=())`.
fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = split_class(args, "list")?;
    if !cls.builtin {
        return Ok(wrap_for_class(&cls, Value::list(Vec::new())));
    }
    let items = match check_iterable_args(&args, "list")? {
        Some(it) => vm.collect(&it)?,
        None => Vec::new(),
    };
    Ok(Value::list(items))
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, args) = split_self(args);
    let source = check_iterable_args(&args, "list")?;
    let Value::List(l) = builtin_self(&this) else {
        return Err(descriptor_error("__init__", "list", &this, vm));
    };
    let items = match source {
        Some(it) => vm.collect(&it)?,
        None => Vec::new(),
    };
    *l.borrow_mut() = items;
    Ok(Value::None)
}

/// `tuple(iterable=())`; a tuple passed to the exact class is returned as is.
fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = split_class(args, "tuple")?;
    let value = match check_iterable_args(&args, "tuple")? {
        Some(t @ Value::Tuple(_)) if cls.builtin => t,
        Some(it) => Value::tuple(vm.collect(&it)?),
        None => Value::tuple(Vec::new()),
    };
    Ok(wrap_for_class(&cls, value))
}

// ---------------------------------------------------------------------------------------
// dict

/// `dict(mapping_or_iterable=(), **kwargs)`.
fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = split_class(args, "dict")?;
    let d = Rc::new(Dict::new());
    if cls.builtin {
        dict_fill(vm, &d, args)?;
    }
    Ok(wrap_for_class(&cls, Value::Dict(d)))
}

/// `dict.__init__(self, mapping_or_iterable=(), **kwargs)`: updates the dict.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, args) = split_self(args);
    let Value::Dict(d) = builtin_self(&this) else {
        return Err(descriptor_error("__init__", "dict", &this, vm));
    };
    dict_fill(vm, &d, args)?;
    Ok(Value::None)
}

/// Adds a positional mapping (or iterable of pairs) then the keyword arguments to `d`.
fn dict_fill(vm: &mut Vm, d: &Dict, args: Args) -> PyResult<()> {
    args.check("dict", 0, 1)?;
    if let Some(source) = args.opt(0) {
        vm.dict_update_from(d, &source)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(d, Value::str(&*k), v)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// set, frozenset

/// Adds every item of `source` to the set table `s`.
fn set_fill(vm: &mut Vm, s: &Dict, source: &Value) -> PyResult<()> {
    let it = vm.get_iter(source)?;
    while let Some(item) = vm.next(&it)? {
        vm.charge_fuel(1)?;
        vm.set_add(s, item)?;
    }
    Ok(())
}

/// `set(iterable=())`.
fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = split_class(args, "set")?;
    let s = Rc::new(Dict::new());
    if cls.builtin {
        if let Some(source) = check_iterable_args(&args, "set")? {
            set_fill(vm, &s, &source)?;
        }
    }
    Ok(wrap_for_class(&cls, Value::Set(s)))
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, args) = split_self(args);
    let source = check_iterable_args(&args, "set")?;
    let Value::Set(s) = builtin_self(&this) else {
        return Err(descriptor_error("__init__", "set", &this, vm));
    };
    // Gather first: `s.__init__(s)` must see the old items.
    let fresh = Rc::new(Dict::new());
    if let Some(source) = source {
        set_fill(vm, &fresh, &source)?;
    }
    let table = fresh.borrow().clone();
    s.with_mut(|t| {
        *t = table;
        t.touch();
    });
    Ok(Value::None)
}

/// `frozenset(iterable=())`; a frozenset passed to the exact class is returned as is.
fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = split_class(args, "frozenset")?;
    let source = check_iterable_args(&args, "frozenset")?;
    if let (Some(f @ Value::FrozenSet(_)), true) = (&source, cls.builtin) {
        return Ok(f.clone());
    }
    let s = Rc::new(Dict::new());
    if let Some(source) = source {
        set_fill(vm, &s, &source)?;
    }
    Ok(wrap_for_class(&cls, Value::FrozenSet(s)))
}

#[cfg(test)]
mod tests {
    use super::super::functions::tests::{call_kw, run, show};
    use super::*;

    #[test]
    fn containers_from_iterables() {
        let mut vm = Vm::new();
        assert_eq!(run(&mut vm, "list", vec![Value::str("ab")]), "['a', 'b']");
        assert_eq!(run(&mut vm, "list", vec![]), "[]");
        assert_eq!(
            run(&mut vm, "tuple", vec![Value::list(vec![Value::Int(1)])]),
            "(1,)"
        );
        assert_eq!(run(&mut vm, "set", vec![Value::str("aba")]), "{'a', 'b'}");
        assert_eq!(
            run(&mut vm, "frozenset", vec![Value::str("aa")]),
            "frozenset({'a'})"
        );
        assert_eq!(
            run(&mut vm, "list", vec![Value::Int(1)]),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            run(&mut vm, "list", vec![Value::Int(1), Value::Int(2)]),
            "TypeError: list expected at most 1 argument, got 2"
        );
        let t = Value::tuple(vec![Value::Int(1)]);
        let same = run(&mut vm, "tuple", vec![t]);
        assert_eq!(same, "(1,)");
    }

    #[test]
    fn dict_from_pairs_and_keywords() {
        let mut vm = Vm::new();
        let pairs = Value::list(vec![Value::tuple(vec![Value::str("a"), Value::Int(1)])]);
        let r = call_kw(&mut vm, "dict", vec![pairs], vec![("b", Value::Int(2))]);
        assert_eq!(show(&mut vm, r), "{'a': 1, 'b': 2}");
        let r = call_kw(&mut vm, "dict", vec![], vec![]);
        assert_eq!(show(&mut vm, r), "{}");
        assert_eq!(
            run(&mut vm, "dict", vec![Value::list(vec![Value::Int(1)])]),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
        );
    }

    #[test]
    fn init_refills_existing_containers() {
        let mut vm = Vm::new();
        let l = Value::list(vec![Value::Int(9)]);
        let init = vm.types.list.lookup("__init__").unwrap_or(Value::None);
        let r = vm.call(&init, Args::new(vec![l.clone(), Value::str("xy")]));
        assert!(r.is_ok());
        assert_eq!(vm.repr(&l).ok().as_deref(), Some("['x', 'y']"));
        let s = Value::Set(Rc::new(Dict::new()));
        let init = vm.types.set.lookup("__init__").unwrap_or(Value::None);
        let r = vm.call(&init, Args::new(vec![s.clone(), Value::str("q")]));
        assert!(r.is_ok());
        assert_eq!(vm.repr(&s).ok().as_deref(), Some("{'q'}"));
    }

    /// A program exercising `__new__`/`__init__` of builtin subclasses.
    const SUBCLASSES: &str = r#"class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value
dd = DefaultDict(list, a=[1])
dd["b"].append(2)
print(dd, len(dd))
class Stack(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.tag = "s"
s = Stack("ab")
print(s, s.tag, len(s), type(s).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
print(Point(1, 2), type(Point(1, 2)).__name__)
class Flag(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
f = Flag("7", "seven")
print(f + 1, f.label, isinstance(f, int))
class Bag(set):
    pass
print(sorted(Bag([3, 1, 3])), len(Bag("aab")))
try:
    Stack(1, 2)
except TypeError as e:
    print(e)
x = [9]
x.__init__("xy")
print(x, list.__init__ is not None)
"#;

    #[test]
    fn builtin_subclasses_end_to_end() {
        let out = crate::Sandbox::new().run(SUBCLASSES);
        let shown = out.stdout + &out.error.map(|e| e.summary).unwrap_or_default();
        // What CPython 3.11 prints for the same program.
        let expected = r#"{'a': [1], 'b': [2]} 2
['a', 'b'] s 2 Stack
(1, 2) Point
8 seven True
[1, 3] 2
Stack.__init__() takes from 1 to 2 positional arguments but 3 were given
['x', 'y'] True
"#;
        assert_eq!(shown, expected);
    }
}
