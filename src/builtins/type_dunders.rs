//! The protocol dunders of builtin containers and numbers (`__len__`, `__getitem__`,
//! `__contains__`, `__iter__`, `__repr__`, `__hash__`, rich comparisons, the container
//! operators `__add__`/`__or__`/`__iadd__`...) as callable
//! methods. The VM implements these operations directly on builtin values; the methods
//! exist so Python code can name them: `super().__getitem__(k)` in a `dict` subclass,
//! `list.__len__(x)`, `sorted(xs, key=tuple.__len__)`. Each forwards to the VM service
//! on the unwrapped builtin value, so there is one implementation of every operation.
//!
//! The functions are generic over the owning type (an index into [`OWNERS`]) so one
//! definition serves every type while each registered method still names its own type in
//! error messages.

use std::rc::Rc;

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::value::{Class, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::add_method;
use super::receiver::{arg, payload, slot_this, this};

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
/// `str`, as the owner parameter of the generic dunders.
pub const STR: usize = 7;
/// `bytes`, as the owner parameter of the generic dunders.
pub const BYTES: usize = 8;
/// `range`, as the owner parameter of the generic dunders.
pub const RANGE: usize = 9;

/// The type names behind the owner indexes above.
pub const OWNERS: [&str; 10] = [
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "int",
    "float",
    "str",
    "bytes",
    "range",
];

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
    let v = slot_this(vm, args, owner(K), name)?;
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
    let v = slot_this(vm, &args, owner(K), "__setitem__")?;
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

/// `str.__str__`: the string itself (a subclass instance's plain value).
fn str_itself<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_self::<K>(vm, &args, "__str__", 0)
}

/// `__reversed__` of a list or range: what `reversed()` gives.
fn reversed<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, owner(K), "__reversed__")?;
    args.check_method(&format!("{}.__reversed__", owner(K)), 0, 0)?;
    super::functions_iter::reversed_of(vm, &v)
}

/// `__format__` of int, float and str: `format(value, spec)`.
fn format<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, owner(K), "__format__")?;
    args.check_method(&format!("{}.__format__", owner(K)), 1, 1)?;
    let spec = match arg(&args, 1) {
        Value::Str(spec) => spec,
        other => {
            return Err(PyErr::type_error(format!(
                "{}.__format__() argument must be str, not {}",
                owner(K),
                vm.type_name(&other)
            )))
        }
    };
    let text = vm.format(&v, spec.as_str())?;
    vm.new_str(text)
}

/// Whether a builtin value can be the other operand of type `K`'s comparisons (anything
/// else gets `NotImplemented`, as in CPython: `(1).__eq__(1.0)` is NotImplemented).
fn comparable<const K: usize>(other: &Value) -> bool {
    match K {
        LIST => matches!(other, Value::List(_)),
        TUPLE => matches!(other, Value::Tuple(_)),
        DICT => matches!(other, Value::Dict(_)),
        SET | FROZENSET => matches!(other, Value::Set(_) | Value::FrozenSet(_)),
        STR => matches!(other, Value::Str(_)),
        BYTES => matches!(other, Value::Bytes(_) | Value::ByteArray(_)),
        RANGE => matches!(other, Value::Range(_)),
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
    if matches!(K, DICT | RANGE) && !matches!(OP, 2 | 3) {
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
    class.namespace_mut().insert("__hash__".into(), Value::None);
}

/// Registers the protocol dunders of builtin type `K` on `class`.
pub fn register_for<const K: usize>(class: &Rc<Class>) {
    add_method(class, "__repr__", repr::<K>);
    add_comparisons::<K>(class);
    if matches!(K, INT | FLOAT | STR) {
        add_method(class, "__format__", format::<K>);
    }
    if matches!(K, LIST | RANGE) {
        add_method(class, "__reversed__", reversed::<K>);
    }
    match K {
        INT | FLOAT => {
            add_method(class, "__hash__", hash::<K>);
            return;
        }
        // Their item access, length and membership come with their methods
        // (`text_methods`), with the messages those give.
        STR | BYTES => {
            if K == STR {
                add_method(class, "__str__", str_itself::<K>);
            }
            add_method(class, "__hash__", hash::<K>);
            add_method(class, "__iter__", iter::<K>);
            add_container_operators::<K>(class);
            return;
        }
        TUPLE | FROZENSET | RANGE => add_method(class, "__hash__", hash::<K>),
        _ => unhashable(class),
    }
    add_method(class, "__len__", len::<K>);
    add_method(class, "__contains__", contains::<K>);
    add_method(class, "__iter__", iter::<K>);
    if matches!(K, LIST | TUPLE | RANGE) {
        add_method(class, "__getitem__", getitem::<K>);
    }
    if K == LIST {
        add_method(class, "__setitem__", setitem::<K>);
        add_method(class, "__delitem__", delitem::<K>);
    }
    add_container_operators::<K>(class);
}

/// The container operators: the operator and its plain, reflected and in-place dunders.
const CONTAINER_OPS: [(BinOp, [&str; 3]); 7] = [
    (BinOp::Add, ["__add__", "__radd__", "__iadd__"]),
    (BinOp::Mul, ["__mul__", "__rmul__", "__imul__"]),
    (BinOp::Or, ["__or__", "__ror__", "__ior__"]),
    (BinOp::And, ["__and__", "__rand__", "__iand__"]),
    (BinOp::Sub, ["__sub__", "__rsub__", "__isub__"]),
    (BinOp::Xor, ["__xor__", "__rxor__", "__ixor__"]),
    (BinOp::Mod, ["__mod__", "__rmod__", "__imod__"]),
];
/// Operator dunder forms, the `MODE` parameter of [`container_op`].
const PLAIN: usize = 0;
const REFLECTED: usize = 1;
const INPLACE: usize = 2;

/// `__add__`, `__ror__`, `__iadd__` & co of a builtin container: the VM's operator on the
/// unwrapped values, with CPython's operand rules (sets and dicts return `NotImplemented`
/// for foreign operands; a repeat count must be an index). The in-place forms mutate the
/// container and return `self` (the subclass instance, when there is one).
fn container_op<const K: usize, const OP: usize, const MODE: usize>(
    vm: &mut Vm,
    args: Args,
) -> PyResult<Value> {
    let Some(&(op, names)) = CONTAINER_OPS.get(OP) else {
        return Ok(Value::NotImplemented);
    };
    let name = names.get(MODE).copied().unwrap_or("__add__");
    let me = slot_self::<K>(vm, &args, name, 1)?;
    let given = arg(&args, 1);
    let other = match op {
        BinOp::Mul => Value::Int(vm.to_index(&given)?),
        // `list += iterable` and `dict |= pairs` accept any operand `extend`/`update` do.
        BinOp::Add | BinOp::Or if MODE == INPLACE && matches!(K, LIST | DICT) => given,
        BinOp::Add | BinOp::Mod => payload(&given),
        _ => {
            let other = payload(&given);
            let fits = match K {
                DICT => matches!(other, Value::Dict(_)),
                _ => matches!(other, Value::Set(_) | Value::FrozenSet(_)),
            };
            if !fits {
                return Ok(Value::NotImplemented);
            }
            other
        }
    };
    match MODE {
        PLAIN => vm.binary_op(&me, &other, op),
        REFLECTED => vm.binary_op(&other, &me, op),
        _ => {
            vm.inplace_op(&me, &other, op)?;
            Ok(arg(&args, 0))
        }
    }
}

/// Registers the operator dunders type `K` has in CPython.
fn add_container_operators<const K: usize>(class: &Rc<Class>) {
    macro_rules! forms {
        ($op:literal, $($mode:ident),*) => {{$(
            if let Some(name) = CONTAINER_OPS.get($op).and_then(|(_, n)| n.get($mode)) {
                add_method(class, name, container_op::<K, $op, $mode>);
            }
        )*}};
    }
    match K {
        LIST => {
            forms!(0, PLAIN, INPLACE);
            forms!(1, PLAIN, REFLECTED, INPLACE);
        }
        TUPLE | STR | BYTES => {
            forms!(0, PLAIN);
            forms!(1, PLAIN, REFLECTED);
            if K != TUPLE {
                forms!(6, PLAIN);
            }
        }
        DICT => forms!(2, PLAIN, REFLECTED, INPLACE),
        SET => {
            forms!(2, PLAIN, REFLECTED, INPLACE);
            forms!(3, PLAIN, REFLECTED, INPLACE);
            forms!(4, PLAIN, REFLECTED, INPLACE);
            forms!(5, PLAIN, REFLECTED, INPLACE);
        }
        FROZENSET => {
            forms!(2, PLAIN, REFLECTED);
            forms!(3, PLAIN, REFLECTED);
            forms!(4, PLAIN, REFLECTED);
            forms!(5, PLAIN, REFLECTED);
        }
        _ => {}
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
    register_for::<STR>(&t.str_);
    register_for::<BYTES>(&t.bytes);
    register_for::<RANGE>(&t.range);
}

/// Forwards dict item assignment and deletion (which need nothing special) for
/// `dict_methods`.
pub fn register_dict_item_access(class: &Rc<Class>) {
    add_method(class, "__setitem__", setitem::<DICT>);
    add_method(class, "__delitem__", delitem::<DICT>);
}

#[cfg(test)]
mod tests {
    use super::super::receiver::test_support::{attempt, run};

    #[test]
    fn container_operator_dunders() {
        let cases: &[(&str, &str)] = &[
            (
                "[].__add__(())",
                "TypeError can only concatenate list (not \"tuple\") to list",
            ),
            ("[1].__mul__(2)", "[1, 1]"),
            (
                "[].__mul__(\"a\")",
                "TypeError 'str' object cannot be interpreted as an integer",
            ),
            ("[1].__rmul__(2)", "[1, 1]"),
            (
                "().__add__([])",
                "TypeError can only concatenate tuple (not \"list\") to tuple",
            ),
            ("(1,).__mul__(2)", "(1, 1)"),
            ("{1}.__or__([2])", "NotImplemented"),
            ("{1}.__or__(frozenset([2]))", "{1, 2}"),
            ("sorted(frozenset([1]).__ror__({2}))", "[1, 2]"),
            ("type(frozenset([1]).__ror__({2})).__name__", "'set'"),
            ("{1: 2}.__or__([])", "NotImplemented"),
            ("{1: 2}.__ror__({3: 4})", "{3: 4, 1: 2}"),
            ("{1}.__ior__({2})", "{1, 2}"),
            ("[1].__iadd__((2,))", "[1, 2]"),
            ("{}.__ior__([(1, 2)])", "{1: 2}"),
            ("{1}.__iand__([1])", "NotImplemented"),
            ("{1}.__isub__({1})", "set()"),
            (
                "set.__ior__(frozenset(), set())",
                "TypeError descriptor '__ior__' requires a 'set' object but received a 'frozenset'",
            ),
            ("[].__add__()", "TypeError expected 1 argument, got 0"),
            ("{1}.__rsub__({1, 2})", "{2}"),
            ("[1].__imul__(2)", "[1, 1]"),
            (
                "().__mul__(2.0)",
                "TypeError 'float' object cannot be interpreted as an integer",
            ),
            ("frozenset([1, 2]).__and__({2})", "frozenset({2})"),
            ("{1, 2}.__xor__({2, 3})", "{1, 3}"),
            (
                "tuple.__radd__",
                "AttributeError type object 'tuple' has no attribute '__radd__'",
            ),
        ];
        for (expr, want) in cases {
            assert_eq!(attempt(expr), *want, "{expr}");
        }
    }

    #[test]
    fn container_operators_through_super() {
        let cases: &[(&str, &str)] = &[
            ("class L(list):\n    def __add__(self, o):\n        return L(super().__add__(o))\n    def __iadd__(self, o):\n        r = super().__iadd__(o)\n        print(r is self)\n        return r\nx = L([1])\ny = x + [2]\nprint(type(y).__name__, y)\nx += (5,)\nprint(x, type(x).__name__)", "L [1, 2]\nTrue\n[1, 5] L\n"),
            ("class S(set):\n    def __or__(self, o):\n        return S(super().__or__(o))\n    def __ior__(self, o):\n        return super().__ior__(o)\na = S([1])\nb = a | {2}\nprint(type(b).__name__, sorted(b))\na |= {3}\nprint(type(a).__name__, sorted(a))", "S [1, 2]\nS [1, 3]\n"),
            ("class D(dict):\n    def __or__(self, o):\n        return D(super().__or__(o))\nd = D(a=1) | {'b': 2}\nprint(type(d).__name__, d)", "D {'a': 1, 'b': 2}\n"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src), *want, "{src}");
        }
    }

    #[test]
    fn receiver_errors() {
        let cases: &[(&str, &str)] = &[
            ("list.__len__(1)", "TypeError descriptor '__len__' requires a 'list' object but received a 'int'"),
            ("list.__len__()", "TypeError descriptor '__len__' of 'list' object needs an argument"),
            ("list.__getitem__(1, 0)", "TypeError descriptor '__getitem__' for 'list' objects doesn't apply to a 'int' object"),
            ("int.__add__(\"a\", 1)", "TypeError descriptor '__add__' requires a 'int' object but received a 'str'"),
            ("dict.__getitem__(1, 2)", "TypeError descriptor '__getitem__' for 'dict' objects doesn't apply to a 'int' object"),
            ("int.__floor__(\"a\")", "TypeError descriptor '__floor__' for 'int' objects doesn't apply to a 'str' object"),
            ("int.__int__(\"a\")", "TypeError descriptor '__int__' requires a 'int' object but received a 'str'"),
            ("float.__repr__(1)", "TypeError descriptor '__repr__' requires a 'float' object but received a 'int'"),
            ("dict.__setitem__(1, 2, 3)", "TypeError descriptor '__setitem__' requires a 'dict' object but received a 'int'"),
            ("list.__iadd__(1, [])", "TypeError descriptor '__iadd__' requires a 'list' object but received a 'int'"),
            ("set.__ior__(frozenset(), set())", "TypeError descriptor '__ior__' requires a 'set' object but received a 'frozenset'"),
            ("list.append()", "TypeError unbound method list.append() needs an argument"),
            ("list.append(1, 2)", "TypeError descriptor 'append' for 'list' objects doesn't apply to a 'int' object"),
            ("int.conjugate(\"a\")", "TypeError descriptor 'conjugate' for 'int' objects doesn't apply to a 'str' object"),
        ];
        for (expr, want) in cases {
            assert_eq!(attempt(expr), *want, "{expr}");
        }
    }
}
