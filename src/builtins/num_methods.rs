//! Methods of `int` (which `bool` inherits) and `float`: the named methods (`bit_length`,
//! `to_bytes`, `as_integer_ratio`, `hex`...) and the numeric dunders Python code calls
//! explicitly, typically through `super()` in a subclass (`super().__add__(other)`).
//! Arithmetic is the VM's (`number_op`); these methods add CPython's operand rules
//! (`NotImplemented` for foreign operands) and results.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::compile::bytecode::{BinOp, UnaryOp};
use crate::value::{Class, Descriptor, NativeFunction, Value};
use crate::vm::num::{number_op, number_unary, pow_mod, to_bigint};
use crate::vm::{dictops, Args, ExcKind, PyErr, PyResult, Vm};

use super::add_method;
use super::constructors::float_to_int;
use super::float_hex::{float_fromhex_str, float_hex};
use super::receiver::{add_classmethod, arg, method_args, payload, slot_this, this};
use super::type_dunders::slot_arity;

/// Registers the methods of `int` and `float`.
pub fn register(vm: &mut Vm) {
    let int = vm.types.int.clone();
    add_method(&int, "bit_length", int_bit_length);
    add_method(&int, "bit_count", int_bit_count);
    add_method(&int, "to_bytes", int_to_bytes);
    add_classmethod(&int, "from_bytes", int_from_bytes);
    add_method(&int, "as_integer_ratio", int_as_integer_ratio);
    for (i, f) in INT_SELF_FNS.iter().enumerate() {
        if let Some(&(name, _)) = INT_SELF.get(i) {
            add_method(&int, name, *f);
        }
    }
    add_method(&int, "__round__", int_round);
    add_method(&int, "__float__", int_float);
    add_property(&int, "real", int_identity::<INT_REAL>);
    add_property(&int, "numerator", int_identity::<INT_REAL>);
    add_property(&int, "imag", int_imag);
    add_property(&int, "denominator", int_denominator);
    register_number_dunders::<false>(&int);
    let float = vm.types.float.clone();
    add_method(&float, "is_integer", float_is_integer);
    add_method(&float, "as_integer_ratio", float_as_integer_ratio);
    add_method(&float, "hex", float_hex_method);
    add_classmethod(&float, "fromhex", float_fromhex);
    add_method(&float, "conjugate", float_identity::<0>);
    add_method(&float, "__float__", float_identity::<1>);
    add_method(&float, "__pos__", float_identity::<2>);
    add_property(&float, "real", float_identity::<3>);
    add_method(&float, "__round__", float_round);
    add_method(&float, "__int__", float_to_int_by::<0>);
    add_method(&float, "__trunc__", float_to_int_by::<1>);
    add_method(&float, "__floor__", float_to_int_by::<2>);
    add_method(&float, "__ceil__", float_to_int_by::<3>);
    add_property(&float, "imag", float_imag);
    register_number_dunders::<true>(&float);
}

/// Adds a read-only attribute computed by `getter` (`x.real` on an `int` subclass
/// instance; plain ints answer these without a lookup).
fn add_property(class: &Rc<Class>, name: &'static str, getter: crate::value::function::NativeFn) {
    let owner: &'static str = if &*class.name == "float" {
        "float"
    } else {
        "int"
    };
    let fget = Value::Native(Rc::new(NativeFunction {
        name,
        shortcut: crate::value::function::Shortcut::None,
        func: getter,
        owner: Some(owner),
        module: None,
    }));
    let prop = Descriptor::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    };
    class
        .namespace_mut()
        .insert(name.into(), Value::descriptor(prop));
}

/// `self` of a method of `owner` that takes no other arguments. CPython words the count
/// error differently for methods (`int.conjugate() takes no arguments (1 given)`) and
/// slot wrappers (`expected 0 arguments, got 1`).
fn no_arg_self(vm: &Vm, args: &Args, owner: &str, name: &str, method: bool) -> PyResult<Value> {
    if method {
        let v = this(vm, args, owner, name)?;
        method_args(args, owner, name, 0, 0)?;
        Ok(v)
    } else {
        let v = slot_this(vm, args, owner, name)?;
        slot_arity(args, 0)?;
        Ok(v)
    }
}

/// The int behind `self` of an `int` method taking no other arguments.
fn int_noargs(vm: &Vm, args: &Args, method: &str) -> PyResult<Value> {
    no_arg_self(vm, args, "int", method, true)
}

/// The float behind `self` of a `float` method taking no other arguments.
fn float_noargs(vm: &Vm, args: &Args, method: &str) -> PyResult<f64> {
    no_arg_self(vm, args, "float", method, true).map(|v| float_value(&v))
}

fn float_value(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

/// An int value as a plain `int` (`True` becomes `1`).
fn plain_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        other => other.clone(),
    }
}

fn big(v: &Value) -> BigInt {
    to_bigint(v).unwrap_or_default()
}

fn count(n: u64) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_noargs(vm, &args, "bit_length")?;
    Ok(count(match &v {
        Value::Int(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
        other => big(other).bits(),
    }))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_noargs(vm, &args, "bit_count")?;
    Ok(count(match &v {
        Value::Int(i) => u64::from(i.unsigned_abs().count_ones()),
        other => big(other).magnitude().count_ones(),
    }))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_noargs(vm, &args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![plain_int(&v), Value::Int(1)]))
}

/// The int methods that return the value itself as a plain int, and whether each is a
/// method (rather than a slot wrapper) in CPython; `real` (a property) comes last.
const INT_SELF: [(&str, bool); 8] = [
    ("conjugate", true),
    ("__int__", false),
    ("__index__", false),
    ("__trunc__", true),
    ("__floor__", true),
    ("__ceil__", true),
    ("__pos__", false),
    ("real", true),
];
const INT_REAL: usize = 7;
const INT_SELF_FNS: [crate::value::function::NativeFn; 7] = [
    int_identity::<0>,
    int_identity::<1>,
    int_identity::<2>,
    int_identity::<3>,
    int_identity::<4>,
    int_identity::<5>,
    int_identity::<6>,
];

/// `conjugate`, `__int__`, `__index__`, `__trunc__`, `__floor__`, `__ceil__`, `__pos__`,
/// `real`, `numerator`: the value itself as a plain int.
fn int_identity<const N: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, method) = INT_SELF.get(N).copied().unwrap_or(("__int__", false));
    let v = no_arg_self(vm, &args, "int", name, method)?;
    Ok(plain_int(&v))
}

fn int_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "int", "imag")?;
    Ok(Value::Int(0))
}

fn int_denominator(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "int", "denominator")?;
    Ok(Value::Int(1))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = slot_this(vm, &args, "int", "__float__")?;
    slot_arity(&args, 0)?;
    Ok(Value::Float(crate::vm::num::int_to_f64(&big(&v))?))
}

/// Calls the builtin `round` on a plain number: `__round__` and `round()` share one
/// implementation.
fn builtin_round(vm: &mut Vm, number: Value, ndigits: Option<Value>) -> PyResult<Value> {
    let round = dictops::str_get(&vm.builtins, "round")
        .ok_or_else(|| PyErr::new(ExcKind::NameError, "name 'round' is not defined"))?;
    let mut pos = vec![number];
    pos.extend(ndigits);
    vm.call(&round, Args::new(pos))
}

/// `int.__round__(ndigits)`: unlike `round(x, None)`, an explicit `None` is an error here.
fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "int", "__round__")?;
    method_args(&args, "int", "__round__", 0, 1)?;
    let ndigits = match args.get(1) {
        Some(n) => Some(Value::Int(vm.to_index(n)?)),
        None => None,
    };
    builtin_round(vm, plain_int(&v), ndigits)
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "float", "__round__")?;
    method_args(&args, "float", "__round__", 0, 1)?;
    let ndigits = match args.get(1) {
        Some(Value::None) | None => None,
        Some(n) => Some(Value::Int(vm.to_index(n)?)),
    };
    builtin_round(vm, v, ndigits)
}

/// Parses a method's arguments CPython-style for a signature whose first `max_pos`
/// parameters (of `names`) may be positional and the rest are keyword-only. Returns one
/// slot per name.
fn parse_signature(
    args: &Args,
    fname: &str,
    names: &[&str],
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos.get(1..).unwrap_or(&[]);
    if pos.len() > max_pos {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {max_pos} positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, _)| pos.get(i).cloned())
        .collect();
    for (key, value) in &args.kw {
        let Some(i) = names.iter().position(|n| **n == **key) else {
            return Err(PyErr::type_error(format!(
                "'{key}' is an invalid keyword argument for {fname}()"
            )));
        };
        if i < pos.len() {
            return Err(PyErr::type_error(format!(
                "argument for {fname}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        if let Some(slot) = slots.get_mut(i) {
            *slot = Some(value.clone());
        }
    }
    Ok(slots)
}

/// Whether a `byteorder` argument says big-endian (default) or little-endian.
fn big_endian(fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(other) => Err(PyErr::type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            other.kind_name()
        ))),
    }
}

fn flag(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "int", "to_bytes")?;
    let slots = parse_signature(&args, "to_bytes", &["length", "byteorder", "signed"], 2)?;
    let length = match slots.first().cloned().flatten() {
        Some(n) => vm.to_ssize(&n)?,
        None => 1,
    };
    let big_end = big_endian("to_bytes", slots.get(1).and_then(Option::as_ref))?;
    let signed = flag(vm, slots.get(2).and_then(Option::as_ref))?;
    let length = usize::try_from(length)
        .map_err(|_| PyErr::value_error("length argument must be non-negative"))?;
    let n = big(&v);
    if n.is_negative() && !signed {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        if n.is_zero() {
            Vec::new()
        } else {
            n.to_signed_bytes_be()
        }
    } else {
        let (_, mut b) = n.to_bytes_be();
        if n.is_zero() {
            b.clear();
        }
        b
    };
    if bytes.len() > length {
        // CPython lets -1 fit in zero bytes (all of its bits are sign bits).
        if length == 0 && n == BigInt::from(-1) {
            bytes.clear();
        } else {
            return Err(PyErr::overflow("int too big to convert"));
        }
    }
    vm.check_alloc(1, length)?;
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if !big_end {
        out.reverse();
    }
    Ok(Value::bytes(out))
}

/// The bytes of `int.from_bytes`'s first argument: bytes, or any iterable of ints in
/// `range(256)` (a str is refused, as by `bytes(s)` without an encoding).
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let inner = payload(v);
    if let Value::Bytes(b) = &inner {
        return Ok(b.bytes.clone());
    }
    let message = format!("cannot convert '{}' object to bytes", vm.type_name(v));
    let cannot = || PyErr::type_error(message.clone());
    if matches!(inner, Value::Str(_)) {
        return Err(cannot());
    }
    let items = match vm.collect(v) {
        Ok(items) => items,
        Err(e) if vm.is_exc_kind(&e, ExcKind::TypeError) => return Err(cannot()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let i = vm.to_index(item)?;
        out.push(
            u8::try_from(i).map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?,
        );
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a classmethod: a subclass
/// gets `cls(value)`, `bool` gets a bool.
fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = parse_signature(&args, "from_bytes", &["bytes", "byteorder", "signed"], 2)?;
    let source = slots.first().cloned().flatten().ok_or_else(|| {
        PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)")
    })?;
    let big_end = big_endian("from_bytes", slots.get(1).and_then(Option::as_ref))?;
    let signed = flag(vm, slots.get(2).and_then(Option::as_ref))?;
    let mut bytes = bytes_arg(vm, &source)?;
    if !big_end {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &bytes)
    };
    let value = Value::from_bigint(n);
    match args.get(0) {
        Some(Value::Class(cls)) if Rc::ptr_eq(cls, &vm.types.bool_) => {
            Ok(Value::Bool(!matches!(value, Value::Int(0))))
        }
        Some(Value::Class(cls)) if !cls.builtin => {
            let cls = Value::Class(cls.clone());
            vm.call(&cls, Args::new(vec![value]))
        }
        _ => Ok(value),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_noargs(vm, &args, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// `x.as_integer_ratio()`: the exact fraction in lowest terms, denominator positive.
fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_noargs(vm, &args, "as_integer_ratio")?;
    let (num, den) = float_ratio(x)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// The exact value of a finite float as (numerator, denominator) in lowest terms.
pub fn float_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let stored_exp = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) = if stored_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), stored_exp - 1075)
    };
    let tz = mantissa.trailing_zeros();
    mantissa >>= tz;
    exp += i64::from(tz);
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp.unsigned_abs();
    } else {
        den <<= exp.unsigned_abs();
    }
    if x < 0.0 {
        num = -num;
    }
    Ok((num, den))
}

fn float_hex_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_noargs(vm, &args, "hex")?;
    Ok(Value::str(float_hex(x)))
}

/// `float.fromhex(s)`, a classmethod: a subclass gets `cls(value)`.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "float", "fromhex", 1, 1)?;
    let x = match payload(&arg(&args, 1)) {
        Value::Str(s) => float_fromhex_str(s.as_str())?,
        _ => {
            return Err(PyErr::type_error(
                "bad argument type for built-in operation",
            ))
        }
    };
    match args.get(0) {
        Some(Value::Class(cls)) if !cls.builtin => {
            let cls = Value::Class(cls.clone());
            vm.call(&cls, Args::new(vec![Value::Float(x)]))
        }
        _ => Ok(Value::Float(x)),
    }
}

/// The float methods that return the value itself, as in [`INT_SELF`].
const FLOAT_SELF: [(&str, bool); 4] = [
    ("conjugate", true),
    ("__float__", false),
    ("__pos__", false),
    ("real", true),
];

/// `conjugate`, `__float__`, `__pos__`, `real`: the value itself as a plain float.
fn float_identity<const N: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, method) = FLOAT_SELF.get(N).copied().unwrap_or(("__float__", false));
    no_arg_self(vm, &args, "float", name, method)
}

fn float_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "float", "imag")?;
    Ok(Value::Float(0.0))
}

/// A float-to-int conversion: name, method-or-slot as in [`INT_SELF`], and the rounding
/// applied before converting.
type FloatToInt = (&'static str, bool, fn(f64) -> f64);

/// The float-to-int conversions, by the const index of [`float_to_int_by`].
const FLOAT_TO_INT: [FloatToInt; 4] = [
    ("__int__", false, f64::trunc),
    ("__trunc__", true, f64::trunc),
    ("__floor__", true, f64::floor),
    ("__ceil__", true, f64::ceil),
];

/// `__int__`, `__trunc__`, `__floor__`, `__ceil__` of a float.
fn float_to_int_by<const N: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, method, round) =
        FLOAT_TO_INT
            .get(N)
            .copied()
            .unwrap_or(("__int__", false, f64::trunc));
    let v = no_arg_self(vm, &args, "float", name, method)?;
    float_to_int(round(float_value(&v)))
}

/// The binary operators with a dunder pair, in the order of the const index the generic
/// dunders take. The bitwise ones (from `LShift` on) are int-only.
const ARITH: [(BinOp, &str, &str); 11] = [
    (BinOp::Add, "__add__", "__radd__"),
    (BinOp::Sub, "__sub__", "__rsub__"),
    (BinOp::Mul, "__mul__", "__rmul__"),
    (BinOp::TrueDiv, "__truediv__", "__rtruediv__"),
    (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"),
    (BinOp::Mod, "__mod__", "__rmod__"),
    (BinOp::LShift, "__lshift__", "__rlshift__"),
    (BinOp::RShift, "__rshift__", "__rrshift__"),
    (BinOp::And, "__and__", "__rand__"),
    (BinOp::Or, "__or__", "__ror__"),
    (BinOp::Xor, "__xor__", "__rxor__"),
];

/// The operand pair of a binary dunder of `int` (or, with `FLOAT`, `float`): `self` and
/// the other operand in operator order, or None when the other operand is not a number
/// the type handles (the dunder then returns `NotImplemented`).
fn operands<const FLOAT: bool>(
    vm: &Vm,
    args: &Args,
    name: &str,
    reflected: bool,
) -> PyResult<Option<(Value, Value)>> {
    let me = slot_this(vm, args, if FLOAT { "float" } else { "int" }, name)?;
    let other = payload(&arg(args, 1));
    let ok = match other {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
        Value::Float(_) => FLOAT,
        _ => false,
    };
    if !ok {
        return Ok(None);
    }
    Ok(Some(if reflected { (other, me) } else { (me, other) }))
}

fn arith<const FLOAT: bool, const OP: usize, const REFLECTED: bool>(
    vm: &mut Vm,
    args: Args,
) -> PyResult<Value> {
    let Some(&(op, name, rname)) = ARITH.get(OP) else {
        return Ok(Value::NotImplemented);
    };
    let name = if REFLECTED { rname } else { name };
    slot_arity(&args, 1)?;
    let Some((a, b)) = operands::<FLOAT>(vm, &args, name, REFLECTED)? else {
        return Ok(Value::NotImplemented);
    };
    Ok(number_op(&a, &b, op)?.unwrap_or(Value::NotImplemented))
}

/// `__divmod__` / `__rdivmod__`: the floor quotient and remainder.
fn divmod<const FLOAT: bool, const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_arity(&args, 1)?;
    let name = if REFLECTED {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let Some((a, b)) = operands::<FLOAT>(vm, &args, name, REFLECTED)? else {
        return Ok(Value::NotImplemented);
    };
    if matches!((&a, &b), (Value::Float(_), _) | (_, Value::Float(_))) && vm.to_f64(&b)? == 0.0 {
        return Err(PyErr::zero_division("float divmod()"));
    }
    let q = number_op(&a, &b, BinOp::FloorDiv)?;
    let r = number_op(&a, &b, BinOp::Mod)?;
    match (q, r) {
        (Some(q), Some(r)) => Ok(Value::tuple(vec![q, r])),
        _ => Ok(Value::NotImplemented),
    }
}

/// `__pow__(other, mod=None)` / `__rpow__`: three-argument pow for ints only.
fn power<const FLOAT: bool, const REFLECTED: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = if REFLECTED { "__rpow__" } else { "__pow__" };
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("wrapper takes no keyword arguments"));
    }
    let given = args.len().saturating_sub(1);
    // CPython unpacks these arguments with an empty function name, hence the space.
    if given == 0 {
        return Err(PyErr::type_error(" expected at least 1 argument, got 0"));
    }
    if given > 2 {
        return Err(PyErr::type_error(format!(
            " expected at most 2 arguments, got {given}"
        )));
    }
    let Some((a, b)) = operands::<FLOAT>(vm, &args, name, REFLECTED)? else {
        return Ok(Value::NotImplemented);
    };
    let modulus = payload(&arg(&args, 2));
    if modulus.is_none() {
        return Ok(number_op(&a, &b, BinOp::Pow)?.unwrap_or(Value::NotImplemented));
    }
    if FLOAT {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    match (to_bigint(&a), to_bigint(&b), to_bigint(&modulus)) {
        (Some(x), Some(y), Some(m)) => Ok(Value::from_bigint(pow_mod(&x, &y, &m)?)),
        _ => Ok(Value::NotImplemented),
    }
}

/// `__neg__`, `__invert__`, `__abs__` and `__bool__` (by const index).
fn unary<const FLOAT: bool, const OP: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["__neg__", "__invert__", "__abs__", "__bool__"];
    let name = NAMES.get(OP).copied().unwrap_or("__neg__");
    let v = slot_this(vm, &args, if FLOAT { "float" } else { "int" }, name)?;
    slot_arity(&args, 0)?;
    let v = plain_int(&v);
    Ok(match OP {
        0 => number_unary(&v, UnaryOp::Neg).unwrap_or(Value::NotImplemented),
        1 => number_unary(&v, UnaryOp::Invert).unwrap_or(Value::NotImplemented),
        2 => match &v {
            Value::Float(f) => Value::Float(f.abs()),
            other => Value::from_bigint(big(other).abs()),
        },
        _ => Value::Bool(match &v {
            Value::Float(f) => *f != 0.0,
            other => !big(other).is_zero(),
        }),
    })
}

fn register_number_dunders<const FLOAT: bool>(class: &Rc<Class>) {
    macro_rules! ops {
        ($($i:literal),*) => {$(
            if let Some(&(_, name, rname)) = ARITH.get($i) {
                if !FLOAT || $i < 6 {
                    add_method(class, name, arith::<FLOAT, $i, false>);
                    add_method(class, rname, arith::<FLOAT, $i, true>);
                }
            }
        )*};
    }
    ops!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    add_method(class, "__divmod__", divmod::<FLOAT, false>);
    add_method(class, "__rdivmod__", divmod::<FLOAT, true>);
    add_method(class, "__pow__", power::<FLOAT, false>);
    add_method(class, "__rpow__", power::<FLOAT, true>);
    add_method(class, "__neg__", unary::<FLOAT, 0>);
    if !FLOAT {
        add_method(class, "__invert__", unary::<FLOAT, 1>);
    }
    add_method(class, "__abs__", unary::<FLOAT, 2>);
    add_method(class, "__bool__", unary::<FLOAT, 3>);
}

#[cfg(test)]
mod tests {
    use super::super::receiver::test_support::{attempt, run};

    #[test]
    fn int_methods() {
        let cases: &[(&str, &str)] = &[
            ("(0).bit_length()", "0"),
            ("(255).bit_length()", "8"),
            ("(-256).bit_length()", "9"),
            ("(2**100).bit_length()", "101"),
            ("(-(2**100) + 1).bit_count()", "100"),
            ("(7).bit_count()", "3"),
            ("True.bit_length()", "1"),
            ("(10).to_bytes(2, 'little')", "b'\\n\\x00'"),
            ("(-129).to_bytes(2, 'little', signed=True)", "b'\\x7f\\xff'"),
            ("(2**64).to_bytes(9, 'big')", "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"),
            ("(1).to_bytes()", "b'\\x01'"),
            ("(0).to_bytes(0, 'big')", "b''"),
            ("(-1).to_bytes(0, 'big', signed=True)", "b''"),
            ("(300).to_bytes()", "OverflowError int too big to convert"),
            ("(-1).to_bytes(1, 'big')", "OverflowError can't convert negative int to unsigned"),
            ("(128).to_bytes(1, 'big', signed=True)", "OverflowError int too big to convert"),
            ("(1).to_bytes(1, 'middle')", "ValueError byteorder must be either 'little' or 'big'"),
            ("(1).to_bytes(-1, 'big')", "ValueError length argument must be non-negative"),
            ("(1).to_bytes(1, 5)", "TypeError to_bytes() argument 'byteorder' must be str, not int"),
            ("(1).to_bytes(1, 'big', True)", "TypeError to_bytes() takes at most 2 positional arguments (3 given)"),
            ("(1).to_bytes(1, 'big', x=1)", "TypeError 'x' is an invalid keyword argument for to_bytes()"),
            ("(1).to_bytes(1, byteorder='big', length=2)", "TypeError argument for to_bytes() given by name ('length') and position (1)"),
            ("int.from_bytes(b'\\x00\\x10', 'big')", "16"),
            ("int.from_bytes(b'\\xff\\xff', 'big', signed=True)", "-1"),
            ("int.from_bytes([1, 2, 3], 'little')", "197121"),
            ("int.from_bytes(b'')", "0"),
            ("int.from_bytes(bytes=b'\\x01', byteorder='little')", "1"),
            ("bool.from_bytes(b'\\x01', 'big')", "True"),
            ("int.from_bytes(1, 'big')", "TypeError cannot convert 'int' object to bytes"),
            ("int.from_bytes('ab', 'big')", "TypeError cannot convert 'str' object to bytes"),
            ("int.from_bytes([256], 'big')", "ValueError bytes must be in range(0, 256)"),
            ("int.from_bytes()", "TypeError from_bytes() missing required argument 'bytes' (pos 1)"),
            ("int.from_bytes(b'', 'x')", "ValueError byteorder must be either 'little' or 'big'"),
            ("(5).from_bytes(b'\\x02')", "2"),
            ("(7).as_integer_ratio()", "(7, 1)"),
            ("True.as_integer_ratio()", "(1, 1)"),
            ("(-5).conjugate()", "-5"),
            ("True.conjugate()", "1"),
            ("(5).__index__()", "5"),
            ("True.__int__()", "1"),
            ("(3).__float__()", "3.0"),
            ("(2**2000).__float__()", "OverflowError int too large to convert to float"),
            ("(1).__round__(-1)", "0"),
            ("(25).__round__(-1)", "20"),
            ("(-35).__round__(-1)", "-40"),
            ("(5).__round__(None)", "TypeError 'NoneType' object cannot be interpreted as an integer"),
            ("(5).__round__(2)", "5"),
            ("(2**70).__round__(-20)", "1200000000000000000000"),
            ("(1).__add__(2)", "3"),
            ("(1).__add__(2.0)", "NotImplemented"),
            ("(1).__radd__(2)", "3"),
            ("(5).__rsub__(1)", "-4"),
            ("(7).__divmod__(2)", "(3, 1)"),
            ("(7).__rdivmod__(2)", "(0, 2)"),
            ("(2).__pow__(10, 1000)", "24"),
            ("(2).__rpow__(3, 5)", "4"),
            ("(2).__pow__(2.0, 3)", "NotImplemented"),
            ("(2).__pow__(-1)", "0.5"),
            ("(1).__floordiv__(0)", "ZeroDivisionError integer division or modulo by zero"),
            ("(6).__and__(3)", "2"),
            ("True.__and__(False)", "False"),
            ("(1).__lshift__(70)", "1180591620717411303424"),
            ("(5).__neg__()", "-5"),
            ("(5).__invert__()", "-6"),
            ("(-5).__abs__()", "5"),
            ("(0).__bool__()", "False"),
            ("(1).__eq__(1)", "True"),
            ("(1).__eq__(1.0)", "NotImplemented"),
            ("(1).__lt__('a')", "NotImplemented"),
            ("(2).__ge__(True)", "True"),
            ("(5).real", "5"),
            ("(5).imag", "0"),
            ("(5).numerator", "5"),
            ("(5).denominator", "1"),
            ("(5).__hash__()", "5"),
            ("int.bit_length('a')", "TypeError descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object"),
            ("int.bit_length()", "TypeError unbound method int.bit_length() needs an argument"),
            ("(1).bit_length(1)", "TypeError int.bit_length() takes no arguments (1 given)"),
            ("(1).__add__()", "TypeError expected 1 argument, got 0"),
            ("(1).__pow__()", "TypeError  expected at least 1 argument, got 0"),
            ("(1).__round__(1, 2)", "TypeError __round__ expected at most 1 argument, got 2"),
        ];
        for (expr, want) in cases {
            assert_eq!(attempt(expr), *want, "{expr}");
        }
    }

    #[test]
    fn float_methods() {
        let cases: &[(&str, &str)] = &[
            ("(1.5).is_integer()", "False"),
            ("(-2.0).is_integer()", "True"),
            ("float('inf').is_integer()", "False"),
            ("(0.1).as_integer_ratio()", "(3602879701896397, 36028797018963968)"),
            ("(-0.75).as_integer_ratio()", "(-3, 4)"),
            ("(0.0).as_integer_ratio()", "(0, 1)"),
            ("(1e20).as_integer_ratio()", "(100000000000000000000, 1)"),
            ("float('inf').as_integer_ratio()", "OverflowError cannot convert Infinity to integer ratio"),
            ("float('nan').as_integer_ratio()", "ValueError cannot convert NaN to integer ratio"),
            ("(1.0).hex()", "'0x1.0000000000000p+0'"),
            ("(-0.0).hex()", "'-0x0.0p+0'"),
            ("(5e-324).hex()", "'0x0.0000000000001p-1022'"),
            ("(0.1).hex()", "'0x1.999999999999ap-4'"),
            ("float('-inf').hex()", "'-inf'"),
            ("(1.7976931348623157e308).hex()", "'0x1.fffffffffffffp+1023'"),
            ("float.fromhex('0x1.8p1')", "3.0"),
            ("float.fromhex(' -0X1P-1074 ')", "-5e-324"),
            ("float.fromhex('0x1p-1075')", "0.0"),
            ("float.fromhex('inf')", "inf"),
            ("float.fromhex('.8')", "0.5"),
            ("float.fromhex('0x1.00000000000018p0')", "1.0000000000000004"),
            ("float.fromhex('0x.')", "ValueError invalid hexadecimal floating-point string"),
            ("float.fromhex('1p')", "ValueError invalid hexadecimal floating-point string"),
            ("float.fromhex('0x1p1024')", "OverflowError hexadecimal value too large to represent as a float"),
            ("float.fromhex(1)", "TypeError bad argument type for built-in operation"),
            ("(2.0).fromhex('0x1p3')", "8.0"),
            ("(3.5).conjugate()", "3.5"),
            ("(3.5).real", "3.5"),
            ("(3.5).imag", "0.0"),
            ("(2.5).__round__()", "2"),
            ("(3.5).__round__(None)", "4"),
            ("(2.675).__round__(2)", "2.67"),
            ("(1e308).__round__(-308)", "1e+308"),
            ("float('inf').__round__()", "OverflowError cannot convert float infinity to integer"),
            ("float('nan').__int__()", "ValueError cannot convert float NaN to integer"),
            ("(3.9).__int__()", "3"),
            ("(-3.5).__trunc__()", "-3"),
            ("(-3.5).__floor__()", "-4"),
            ("(-3.5).__ceil__()", "-3"),
            ("(1e20).__int__()", "100000000000000000000"),
            ("float('inf').__floor__()", "OverflowError cannot convert float infinity to integer"),
            ("(1.0).__add__(2)", "3.0"),
            ("(1.0).__rsub__(5)", "4.0"),
            ("(1.0).__radd__(True)", "2.0"),
            ("(7.5).__divmod__(2)", "(3.0, 1.5)"),
            ("(1.0).__divmod__(0)", "ZeroDivisionError float divmod()"),
            ("(2.0).__pow__(3)", "8.0"),
            ("(2.0).__pow__(2, 3)", "TypeError pow() 3rd argument not allowed unless all arguments are integers"),
            ("(1.0).__and__", "AttributeError 'float' object has no attribute '__and__'"),
            ("(1.0).__eq__(1)", "True"),
            ("(1.5).__lt__(2)", "True"),
            ("(1.0).__eq__('1')", "NotImplemented"),
            ("(-1.5).__abs__()", "1.5"),
            ("(0.0).__bool__()", "False"),
            ("(1.5).__neg__()", "-1.5"),
            ("(1.5).__hash__() == hash(1.5)", "True"),
            ("float.is_integer(1)", "TypeError descriptor 'is_integer' for 'float' objects doesn't apply to a 'int' object"),
            ("(1.0).hex(1)", "TypeError float.hex() takes no arguments (1 given)"),
            ("(1.0).__floor__(1)", "TypeError float.__floor__() takes no arguments (1 given)"),
        ];
        for (expr, want) in cases {
            assert_eq!(attempt(expr), *want, "{expr}");
        }
    }

    #[test]
    fn number_subclasses() {
        let cases: &[(&str, &str)] = &[
            ("class MyInt(int):\n    def __add__(self, other):\n        return MyInt(super().__add__(other))\n    def __repr__(self):\n        return 'MyInt(' + super().__repr__() + ')'\na = MyInt(5)\nprint(a + 3, (a + 3).bit_length(), a.real, a.numerator, a.imag, a.denominator, a.to_bytes(2, 'big'))\nprint(type(a.real).__name__, int.__add__(a, 1.5), a.__index__(), type(a.__int__()).__name__)", "MyInt(8) 4 5 5 0 1 b'\\x00\\x05'\nint NotImplemented 5 int\n"),
            ("class MyFloat(float):\n    def __round__(self, n=None):\n        return super().__round__(n)\nf = MyFloat(2.675)\nprint(round(f, 2), round(f), f.is_integer(), f.hex(), f.real, f.imag, f.as_integer_ratio())\ng = MyFloat.fromhex('0x1p1')\nprint(g, type(g).__name__)", "2.67 3 False 0x1.5666666666666p+1 2.675 0.0 (3011782250804019, 1125899906842624)\n2.0 MyFloat\n"),
            ("class I(int):\n    pass\nx = I.from_bytes(b'\\x01', 'big')\nprint(x, type(x).__name__)", "1 I\n"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src), *want, "{src}");
        }
    }
}
