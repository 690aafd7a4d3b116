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
use super::receiver::{add_classmethod, arg, payload, this};
use super::type_dunders::slot_arity;

/// Registers the methods of `int` and `float`.
pub fn register(vm: &mut Vm) {
    let int = vm.types.int.clone();
    add_method(&int, "bit_length", int_bit_length);
    add_method(&int, "bit_count", int_bit_count);
    add_method(&int, "to_bytes", int_to_bytes);
    add_classmethod(&int, "from_bytes", int_from_bytes);
    add_method(&int, "as_integer_ratio", int_as_integer_ratio);
    for name in [
        "conjugate",
        "__int__",
        "__index__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__pos__",
    ] {
        add_method(&int, name, int_identity);
    }
    add_method(&int, "__round__", int_round);
    add_method(&int, "__float__", int_float);
    add_property(&int, "real", int_real);
    add_property(&int, "numerator", int_real);
    add_property(&int, "imag", int_imag);
    add_property(&int, "denominator", int_denominator);
    register_number_dunders::<false>(&int);
    let float = vm.types.float.clone();
    add_method(&float, "is_integer", float_is_integer);
    add_method(&float, "as_integer_ratio", float_as_integer_ratio);
    add_method(&float, "hex", float_hex_method);
    add_classmethod(&float, "fromhex", float_fromhex);
    for name in ["conjugate", "__float__", "__pos__"] {
        add_method(&float, name, float_identity);
    }
    add_method(&float, "__round__", float_round);
    add_method(&float, "__int__", float_trunc);
    add_method(&float, "__trunc__", float_trunc);
    add_method(&float, "__floor__", float_floor);
    add_method(&float, "__ceil__", float_ceil);
    add_property(&float, "real", float_identity);
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
        func: getter,
        owner: Some(owner),
    }));
    let prop = Descriptor::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    };
    class
        .dict
        .borrow_mut()
        .insert(name.into(), Value::Descriptor(Rc::new(prop)));
}

/// The int behind `self` of an `int` method, after checking it takes no other arguments.
fn int_noargs(vm: &Vm, args: &Args, method: &str) -> PyResult<Value> {
    let v = this(vm, args, "int", method)?;
    args.no_kwargs(&format!("int.{method}"))?;
    args.check_method(&format!("int.{method}"), 0, 0)?;
    Ok(v)
}

/// The float behind `self` of a `float` method, after checking it takes no other arguments.
fn float_noargs(vm: &Vm, args: &Args, method: &str) -> PyResult<f64> {
    let v = this(vm, args, "float", method)?;
    args.no_kwargs(&format!("float.{method}"))?;
    args.check_method(&format!("float.{method}"), 0, 0)?;
    Ok(float_value(&v))
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

/// `conjugate`, `__int__`, `__index__`, `__trunc__`, `__floor__`, `__ceil__`, `__pos__`:
/// the value itself as a plain int.
fn int_identity(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "int", "__int__")?;
    slot_arity(&args, 0)?;
    Ok(plain_int(&v))
}

fn int_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity(vm, args)
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
    let v = this(vm, &args, "int", "__float__")?;
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
    args.no_kwargs("int.__round__")?;
    args.check_method("__round__", 0, 1)?;
    let ndigits = match args.get(1) {
        Some(n) => Some(Value::Int(vm.to_index(n)?)),
        None => None,
    };
    builtin_round(vm, plain_int(&v), ndigits)
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "float", "__round__")?;
    args.no_kwargs("float.__round__")?;
    args.check_method("__round__", 0, 1)?;
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
        Some(n) => vm.to_index(&n)?,
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
        return Err(PyErr::overflow("int too big to convert"));
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
    args.no_kwargs("float.fromhex")?;
    args.check_method("float.fromhex", 1, 1)?;
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

/// `conjugate`, `__float__`, `__pos__`, `real`: the value itself as a plain float.
fn float_identity(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "float", "__float__")?;
    slot_arity(&args, 0)?;
    Ok(v)
}

fn float_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "float", "imag")?;
    Ok(Value::Float(0.0))
}

/// Applies `f` to `self` of a no-argument float method and converts the result to an int.
fn float_to_int_with(vm: &mut Vm, args: &Args, method: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = this(vm, args, "float", method)?;
    slot_arity(args, 0)?;
    float_to_int(f(float_value(&v)))
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int_with(vm, &args, "__trunc__", f64::trunc)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int_with(vm, &args, "__floor__", f64::floor)
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int_with(vm, &args, "__ceil__", f64::ceil)
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
    let me = this(vm, args, if FLOAT { "float" } else { "int" }, name)?;
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
    if given == 0 {
        return Err(PyErr::type_error("expected at least 1 argument, got 0"));
    }
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "expected at most 2 arguments, got {given}"
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
    let v = this(vm, &args, if FLOAT { "float" } else { "int" }, name)?;
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
