//! The scalar builtin types as callables: `int`, `bool`, `float`, `str`, `bytes`, `range`
//! and `slice`. Calling a builtin class runs its `__new__` with the class first, so a user
//! subclass (`class MyInt(int)`) gets the builtin value wrapped in an instance of itself.
//! Container types are in `constructors_coll`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::value::{len_i64, Class, RangeObj, SliceObj, Value};
use crate::vm::num::{int_to_f64, to_bigint};
use crate::vm::repr::{bytes_repr, str_repr};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::codec;
use super::core::wrap_for_class;
use super::functions::{arg, arg_type_name, reject_unknown_kwargs, unwrap_builtin, user_method};
use super::{add_method, add_value};

/// Registers the scalar constructors and publishes their classes.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let constructors = [
        (
            "int",
            t.int.clone(),
            int_new as crate::value::function::NativeFn,
        ),
        ("bool", t.bool_.clone(), bool_new),
        ("float", t.float.clone(), float_new),
        ("str", t.str_.clone(), str_new),
        ("bytes", t.bytes.clone(), bytes_new),
        ("range", t.range.clone(), range_new),
        ("slice", t.slice.clone(), slice_new),
    ];
    for (name, cls, new) in constructors {
        add_method(&cls, "__new__", new);
        add_value(vm, name, Value::Class(cls));
    }
    add_method(&vm.types.range, "index", range_index);
    add_method(&vm.types.range, "count", range_count);
}

/// Splits `__new__`'s arguments into the class being instantiated and the rest.
pub fn split_class(mut args: Args, name: &str) -> PyResult<(Rc<Class>, Args)> {
    if args.pos.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}.__new__(): not enough arguments"
        )));
    }
    match args.pos.remove(0) {
        Value::Class(c) => Ok((c, args)),
        other => Err(PyErr::type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            other.kind_name()
        ))),
    }
}

/// `int(f)` for a float: truncation toward zero, with CPython's errors for nan and inf.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if let Some(small) = t.to_i64() {
        return Ok(Value::Int(small));
    }
    Ok(Value::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

// ---------------------------------------------------------------------------------------
// int

/// `int(x=0, /, base=10)`.
fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(n) = plain_decimal(vm, &args) {
        return Ok(Value::Int(n));
    }
    let (cls, mut args) = split_class(args, "int")?;
    let given = args.len() + args.kw.len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({given} given)"
        )));
    }
    let base_kw = args.take_kw("base");
    reject_unknown_kwargs(&args, "int")?;
    let base = match (args.opt(1), base_kw) {
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "argument for int() given by name ('base') and position (2)",
            ))
        }
        (Some(b), None) | (None, Some(b)) => Some(b),
        (None, None) => None,
    };
    let value = match (args.opt(0), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(PyErr::type_error("int() missing string argument")),
        (Some(x), None) => int_from(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = u32::try_from(vm.to_index(&b)?)
                .ok()
                .filter(|&base| base == 0 || (2..=36).contains(&base))
                .ok_or_else(|| PyErr::value_error("int() base must be >= 2 and <= 36, or 0"))?;
            match unwrap_builtin(&x) {
                t @ (Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) => {
                    int_from_text(&t, base)?
                }
                _ => {
                    return Err(PyErr::type_error(
                        "int() can't convert non-string with explicit base",
                    ))
                }
            }
        }
    };
    Ok(wrap_for_class(&cls, value))
}

/// Parses a str or bytes as an int in `base` (0 or 2..=36).
fn int_from_text(x: &Value, base: u32) -> PyResult<Value> {
    let (text, bytes) = match x {
        Value::Str(s) => (std::borrow::Cow::Borrowed(s.as_str()), None),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = x.bytes_like().unwrap_or_default();
            (String::from_utf8_lossy(&b).into_owned().into(), Some(b))
        }
        _ => {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ))
        }
    };
    if base == 10 {
        if let Some(i) = small_decimal(&text) {
            return Ok(Value::Int(i));
        }
    }
    match crate::format::parse_int(&text, base) {
        Some(b) => {
            check_digit_limit(&text, base)?;
            Ok(Value::from_bigint(b))
        }
        None => {
            let shown = match &bytes {
                Some(b) => bytes_repr(b),
                None => str_repr(&text),
            };
            Err(PyErr::value_error(format!(
                "invalid literal for int() with base {base}: {shown}"
            )))
        }
    }
}

/// `int(text)` in the common case, a short run of ASCII digits with an optional sign
/// and ASCII spaces around: read as an i64, without the general big-int parser.
fn small_decimal(text: &str) -> Option<i64> {
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    let short = !digits.is_empty() && digits.len() <= 18;
    if !short || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// CPython's limit on decimal (non-power-of-two base) int parsing: more than 4300 digits
/// is a `ValueError`, so a string cannot make the parser do quadratic work.
fn check_digit_limit(text: &str, base: u32) -> PyResult<()> {
    let body = text.trim().trim_start_matches(['+', '-']);
    let prefixed = body.len() > 1
        && body.starts_with('0')
        && matches!(
            body.as_bytes().get(1),
            Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
        );
    let effective = if base == 0 && prefixed { 2 } else { base };
    if effective.is_power_of_two() {
        return Ok(());
    }
    let digits = body.chars().filter(|c| c.is_alphanumeric()).count();
    let limit = crate::vm::repr::INT_MAX_STR_DIGITS;
    if digits as u64 > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `int(x)` with no base: numbers, numeric strings and `__int__`/`__index__`/`__trunc__`.
pub fn int_from(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => float_to_int(*f),
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => int_from_text(x, 10),
        Value::Instance(_) => {
            for name in ["__int__", "__index__"] {
                if let Some(f) = user_method(x, name) {
                    let r = vm.call(&f, Args::new(vec![x.clone()]))?;
                    return match to_bigint(&unwrap_builtin(&r)) {
                        Some(b) => Ok(Value::from_bigint(b)),
                        None => Err(PyErr::type_error(format!(
                            "{name} returned non-int (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
            }
            if let Some(f) = user_method(x, "__trunc__") {
                let r = vm.call(&f, Args::new(vec![x.clone()]))?;
                return match to_bigint(&unwrap_builtin(&r)) {
                    Some(b) => Ok(Value::from_bigint(b)),
                    None if user_method(&r, "__index__").is_some() => int_from(vm, &r),
                    None => Err(PyErr::type_error(format!(
                        "__trunc__ returned non-Integral (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            match unwrap_builtin(x) {
                Value::Instance(_) => Err(int_type_error(vm, x)),
                inner => int_from(vm, &inner),
            }
        }
        other => Err(int_type_error(vm, other)),
    }
}

fn int_type_error(vm: &Vm, x: &Value) -> PyErr {
    PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    ))
}

// ---------------------------------------------------------------------------------------
// bool, float

/// `bool(x=False)`.
fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, args) = split_class(args, "bool")?;
    args.no_kwargs("bool")?;
    args.check("bool", 0, 1)?;
    match args.get(0) {
        None => Ok(Value::Bool(false)),
        Some(v) => {
            let v = v.clone();
            Ok(Value::Bool(vm.truthy(&v)?))
        }
    }
}

/// `float(x=0.0, /)`.
fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = split_class(args, "float")?;
    args.no_kwargs("float")?;
    args.check("float", 0, 1)?;
    let value = match args.get(0) {
        None => Value::Float(0.0),
        Some(x) => Value::Float(float_from(vm, &x.clone())?),
    };
    Ok(wrap_for_class(&cls, value))
}

/// `float(x)`: numbers, numeric strings, `__float__` and `__index__`.
pub fn float_from(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::ByteArray(b) => float_from(vm, &Value::bytes(b.bytes.borrow().clone())),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => int_to_f64(&b.value),
        Value::Str(s) => crate::format::parse_float(s.as_str())
            .map(crate::value::distinct_nan)
            .ok_or_else(|| {
                PyErr::value_error(format!(
                    "could not convert string to float: {}",
                    str_repr(s.as_str())
                ))
            }),
        Value::Bytes(b) => {
            let text = String::from_utf8_lossy(&b.bytes);
            crate::format::parse_float(&text).ok_or_else(|| {
                PyErr::value_error(format!(
                    "could not convert string to float: {}",
                    bytes_repr(&b.bytes)
                ))
            })
        }
        Value::Instance(_) => {
            if let Some(f) = user_method(x, "__float__") {
                return vm.call_float_dunder(x, &f);
            }
            if user_method(x, "__index__").is_some() {
                let b = super::functions::index_bigint(vm, x)?;
                return int_to_f64(&b);
            }
            match unwrap_builtin(x) {
                Value::Instance(_) => Err(float_type_error(vm, x)),
                inner => float_from(vm, &inner),
            }
        }
        other => Err(float_type_error(vm, other)),
    }
}

fn float_type_error(vm: &Vm, x: &Value) -> PyErr {
    PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    ))
}

// ---------------------------------------------------------------------------------------
// str, bytes

/// Reads an optional str argument of a constructor (`encoding`, `errors`).
fn text_arg(vm: &Vm, v: Option<Value>, fname: &str, name: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match unwrap_builtin(&v) {
            Value::Str(s) => Ok(Some(s.as_str().to_string())),
            _ => Err(PyErr::type_error(format!(
                "{fname}() argument '{name}' must be str, not {}",
                arg_type_name(vm, &v)
            ))),
        },
    }
}

/// `str(object='')` or `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, mut args) = split_class(args, "str")?;
    if args.len() > 3 {
        return Err(PyErr::type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let object = args.take(0, "object");
    let encoding = args.take(1, "encoding");
    let errors = args.take(2, "errors");
    reject_unknown_kwargs(&args, "str")?;
    let encoding = text_arg(vm, encoding, "str", "encoding")?;
    let errors = text_arg(vm, errors, "str", "errors")?;
    let text = match (object, encoding.is_some() || errors.is_some()) {
        (None, _) => String::new(),
        (Some(o @ Value::Str(_)), false) => return Ok(wrap_for_class(&cls, o)),
        (Some(o), false) => vm.str(&o)?,
        (Some(o), true) => match unwrap_builtin(&o) {
            b @ (Value::Bytes(_) | Value::ByteArray(_)) => codec::decode(
                vm,
                &b.bytes_like().unwrap_or_default(),
                encoding.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?,
            Value::Str(_) => return Err(PyErr::type_error("decoding str is not supported")),
            _ => {
                return Err(PyErr::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(&o)
                )))
            }
        },
    };
    Ok(wrap_for_class(&cls, vm.new_str(text)?))
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(bytes)`,
/// `bytes(str, encoding[, errors])`.
fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, mut args) = split_class(args, "bytes")?;
    if args.len() > 3 {
        return Err(PyErr::type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let source = args.take(0, "source");
    let encoding = args.take(1, "encoding");
    let errors = args.take(2, "errors");
    reject_unknown_kwargs(&args, "bytes")?;
    let encoding = text_arg(vm, encoding, "bytes", "encoding")?;
    let errors = text_arg(vm, errors, "bytes", "errors")?;
    let value = match source {
        None => {
            if encoding.is_some() {
                return Err(PyErr::type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(PyErr::type_error("errors without a string argument"));
            }
            Value::bytes(Vec::new())
        }
        Some(src) => bytes_from(vm, &src, encoding, errors)?,
    };
    Ok(wrap_for_class(&cls, value))
}

fn bytes_from(
    vm: &mut Vm,
    src: &Value,
    encoding: Option<String>,
    errors: Option<String>,
) -> PyResult<Value> {
    if let Value::Str(s) = unwrap_builtin(src) {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let out = codec::encode(vm, s.as_str(), &enc, errors.as_deref().unwrap_or("strict"))?;
        return Ok(Value::bytes(out));
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if let Some(f) = user_method(src, "__bytes__") {
        let r = vm.call(&f, Args::new(vec![src.clone()]))?;
        return match unwrap_builtin(&r) {
            b @ Value::Bytes(_) => Ok(b),
            _ => Err(PyErr::type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    let count = match src {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(src.clone()),
        Value::Instance(_) if user_method(src, "__index__").is_some() => Some(src.clone()),
        _ => None,
    };
    if let Some(n) = count {
        let n = super::functions::index_bigint(vm, &n)?;
        let n = i64::try_from(&n).map_err(|_| PyErr::overflow(PyErr::INDEX_SIZED))?;
        let n = usize::try_from(n).map_err(|_| PyErr::value_error("negative count"))?;
        vm.check_alloc(1, n)?;
        return Ok(Value::bytes(vec![0; n]));
    }
    match unwrap_builtin(src) {
        b @ Value::Bytes(_) => return Ok(b),
        Value::ByteArray(b) => return super::bytearray::snapshot(vm, &b),
        Value::Int(_) | Value::BigInt(_) => {
            return bytes_from(vm, &unwrap_builtin(src), None, None)
        }
        _ => {}
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(_) => {
            return Err(PyErr::type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(src)
            )))
        }
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        vm.charge_fuel(1)?;
        let b = super::functions::index_bigint(vm, &item)?;
        match u8::try_from(&b) {
            Ok(byte) => out.push(byte),
            Err(_) => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
        if out.len() > vm.alloc_room() {
            vm.check_alloc(1, out.len())?;
        }
    }
    Ok(Value::bytes(out))
}

// ---------------------------------------------------------------------------------------
// range, slice

/// A `range` bound: an int (`__index__` for user objects) within 128 bits.
fn range_bound(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    match v {
        Value::BigInt(b) => i128::try_from(&b.value).map_err(|_| PyErr::ssize_overflow()),
        _ => Ok(i128::from(vm.to_index(v)?)),
    }
}

/// `int(s)` for the commonest text, up to 18 ASCII digits after an optional sign (no
/// spaces or underscores), which Rust reads exactly as Python does; None for anything
/// else, a subclass of int included.
fn plain_decimal(vm: &Vm, args: &Args) -> Option<i64> {
    let [Value::Class(cls), Value::Str(s)] = args.pos.as_slice() else {
        return None;
    };
    let text = s.as_str();
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let plain = !digits.is_empty()
        && digits.len() <= 18
        && digits.bytes().all(|b| b.is_ascii_digit())
        && args.kw.is_empty()
        && Rc::ptr_eq(cls, &vm.types.int);
    plain.then(|| text.parse().ok()).flatten()
}

/// `range(stop)` / `range(start, stop[, step])`.
fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, args) = split_class(args, "range")?;
    args.no_kwargs("range")?;
    args.check("range", 1, 3)?;
    let (start, stop, step) = match args.pos.as_slice() {
        [stop] => (0, range_bound(vm, stop)?, 1),
        [start, stop] => (range_bound(vm, start)?, range_bound(vm, stop)?, 1),
        [start, stop, step] => (
            range_bound(vm, start)?,
            range_bound(vm, stop)?,
            range_bound(vm, step)?,
        ),
        _ => (0, 0, 1),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::range(RangeObj { start, stop, step }))
}

/// The range a `range` method was called on, after checking it takes one argument.
fn range_receiver(args: &Args, method: &str) -> PyResult<RangeObj> {
    args.no_kwargs(&format!("range.{method}"))?;
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(PyErr::type_error(format!(
            "range.{method}() takes exactly one argument ({n} given)"
        )));
    }
    match args.get(0) {
        Some(Value::Range(r)) => Ok(***r),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'range' object"
        ))),
    }
}

/// Where the int `x` occurs in `r`, computed rather than searched.
fn range_position(r: &RangeObj, x: i128) -> Option<i128> {
    let (start, stop, step) = (r.start, r.stop, r.step);
    let inside = if step > 0 {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    let offset = x - start;
    (inside && offset % step == 0).then(|| offset / step)
}

/// Positions of items equal to `x`, for values that are not plain ints (`1.0`, user
/// objects): a linear scan with `==`, as CPython does.
fn range_scan(vm: &mut Vm, r: &RangeObj, x: &Value, first_only: bool) -> PyResult<Vec<i128>> {
    let mut found = Vec::new();
    for i in 0..r.len() {
        vm.charge_fuel(1)?;
        if vm.eq(&Value::from_i128(r.item(i)), x)? {
            found.push(i);
            if first_only {
                break;
            }
        }
    }
    Ok(found)
}

/// `range.index(x)`.
fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_receiver(&args, "index")?;
    let x = arg(&args, 1);
    match &x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let pos = match to_bigint(&x).and_then(|b| i128::try_from(b).ok()) {
                Some(i) => range_position(&r, i),
                None => None,
            };
            match pos {
                Some(p) => Ok(Value::from_i128(p)),
                None => Err(PyErr::value_error(format!(
                    "{} is not in range",
                    vm.repr(&x)?
                ))),
            }
        }
        _ => match range_scan(vm, &r, &x, true)?.first() {
            Some(p) => Ok(Value::from_i128(*p)),
            None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
        },
    }
}

/// `range.count(x)`.
fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_receiver(&args, "count")?;
    let x = arg(&args, 1);
    let n = match &x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let pos = to_bigint(&x).and_then(|b| i128::try_from(b).ok());
            i64::from(pos.and_then(|i| range_position(&r, i)).is_some())
        }
        _ => len_i64(range_scan(vm, &r, &x, false)?.len()),
    };
    Ok(Value::Int(n))
}

/// `slice(stop)` / `slice(start, stop[, step])`: the values are kept as given.
fn slice_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, args) = split_class(args, "slice")?;
    args.no_kwargs("slice")?;
    args.check("slice", 1, 3)?;
    let (start, stop, step) = match args.len() {
        1 => (Value::None, arg(&args, 0), Value::None),
        2 => (arg(&args, 0), arg(&args, 1), Value::None),
        _ => (arg(&args, 0), arg(&args, 1), arg(&args, 2)),
    };
    Ok(Value::slice(SliceObj { start, stop, step }))
}

#[cfg(test)]
mod tests {
    use super::super::functions::tests::{call_kw, run, show};
    use super::*;

    #[test]
    fn int_conversions() {
        let mut vm = Vm::new();
        assert_eq!(run(&mut vm, "int", vec![]), "0");
        assert_eq!(run(&mut vm, "int", vec![Value::str(" -12 ")]), "-12");
        assert_eq!(run(&mut vm, "int", vec![Value::Float(-3.9)]), "-3");
        assert_eq!(
            run(&mut vm, "int", vec![Value::Float(1e20)]),
            "100000000000000000000"
        );
        assert_eq!(run(&mut vm, "int", vec![Value::Bool(true)]), "1");
        assert_eq!(
            run(&mut vm, "int", vec![Value::str("ff"), Value::Int(16)]),
            "255"
        );
        assert_eq!(
            run(&mut vm, "int", vec![Value::str("0b101"), Value::Int(0)]),
            "5"
        );
        let r = call_kw(
            &mut vm,
            "int",
            vec![Value::str("z")],
            vec![("base", Value::Int(36))],
        );
        assert_eq!(show(&mut vm, r), "35");
        assert_eq!(
            run(&mut vm, "int", vec![Value::str("abc")]),
            "ValueError: invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            run(&mut vm, "int", vec![Value::Int(5), Value::Int(10)]),
            "TypeError: int() can't convert non-string with explicit base"
        );
        assert_eq!(
            run(&mut vm, "int", vec![Value::Float(f64::NAN)]),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(
            run(&mut vm, "int", vec![Value::Float(f64::NEG_INFINITY)]),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            run(&mut vm, "int", vec![Value::list(vec![])]),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"
        );
        assert_eq!(
            run(&mut vm, "int", vec![Value::bytes(b"x".to_vec())]),
            "ValueError: invalid literal for int() with base 10: b'x'"
        );
        assert_eq!(
            run(&mut vm, "int", vec![Value::str("1"), Value::Int(1)]),
            "ValueError: int() base must be >= 2 and <= 36, or 0"
        );
    }

    #[test]
    fn float_bool_str() {
        let mut vm = Vm::new();
        assert_eq!(run(&mut vm, "float", vec![]), "0.0");
        assert_eq!(run(&mut vm, "float", vec![Value::str(" 1.5 ")]), "1.5");
        assert_eq!(run(&mut vm, "float", vec![Value::str("-inf")]), "-inf");
        assert_eq!(run(&mut vm, "float", vec![Value::Int(3)]), "3.0");
        assert_eq!(
            run(&mut vm, "float", vec![Value::str("abc")]),
            "ValueError: could not convert string to float: 'abc'"
        );
        assert_eq!(
            run(&mut vm, "float", vec![Value::list(vec![])]),
            "TypeError: float() argument must be a string or a real number, not 'list'"
        );
        assert_eq!(run(&mut vm, "bool", vec![Value::list(vec![])]), "False");
        assert_eq!(run(&mut vm, "bool", vec![Value::str("x")]), "True");
        assert_eq!(run(&mut vm, "str", vec![Value::Int(12)]), "'12'");
        assert_eq!(run(&mut vm, "str", vec![]), "''");
        assert_eq!(
            run(
                &mut vm,
                "str",
                vec![Value::bytes("é".as_bytes().to_vec()), Value::str("utf-8")]
            ),
            "'é'"
        );
        assert_eq!(
            run(&mut vm, "str", vec![Value::bytes(vec![0xff]), Value::str("utf-8")]),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
    }

    #[test]
    fn bytes_range_slice() {
        let mut vm = Vm::new();
        assert_eq!(run(&mut vm, "bytes", vec![]), "b''");
        assert_eq!(
            run(&mut vm, "bytes", vec![Value::Int(3)]),
            "b'\\x00\\x00\\x00'"
        );
        assert_eq!(
            run(
                &mut vm,
                "bytes",
                vec![Value::list(vec![Value::Int(104), Value::Int(105)])]
            ),
            "b'hi'"
        );
        assert_eq!(
            run(&mut vm, "bytes", vec![Value::str("é"), Value::str("utf-8")]),
            "b'\\xc3\\xa9'"
        );
        assert_eq!(
            run(&mut vm, "bytes", vec![Value::str("a")]),
            "TypeError: string argument without an encoding"
        );
        assert_eq!(
            run(&mut vm, "bytes", vec![Value::Int(-1)]),
            "ValueError: negative count"
        );
        assert_eq!(
            run(&mut vm, "bytes", vec![Value::list(vec![Value::Int(256)])]),
            "ValueError: bytes must be in range(0, 256)"
        );
        assert_eq!(
            run(&mut vm, "bytes", vec![Value::Float(1.5)]),
            "TypeError: cannot convert 'float' object to bytes"
        );
        assert_eq!(run(&mut vm, "range", vec![Value::Int(3)]), "range(0, 3)");
        assert_eq!(
            run(
                &mut vm,
                "range",
                vec![Value::Int(1), Value::Int(9), Value::Int(2)]
            ),
            "range(1, 9, 2)"
        );
        assert_eq!(
            run(
                &mut vm,
                "range",
                vec![Value::Int(1), Value::Int(2), Value::Int(0)]
            ),
            "ValueError: range() arg 3 must not be zero"
        );
        assert_eq!(
            run(&mut vm, "range", vec![Value::Float(1.5)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            run(&mut vm, "range", vec![]),
            "TypeError: range expected at least 1 argument, got 0"
        );
        assert_eq!(
            run(&mut vm, "slice", vec![Value::Int(2)]),
            "slice(None, 2, None)"
        );
    }
}
