//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `sum`, `min`, `max`. Builtin
//! numbers are handled directly; user objects go through their dunder methods.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::value::Value;
use crate::vm::num::{float_divmod, int_to_f64, pow_mod, to_bigint};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::add_function;
use super::constructors::float_to_int;
use super::functions::{arg, expect_args, reject_unknown_kwargs, unwrap_builtin, user_method};
use super::percent::format_error;

/// Registers the numeric builtins.
pub fn register(vm: &mut Vm) {
    add_function(vm, "abs", builtin_abs);
    add_function(vm, "round", builtin_round);
    add_function(vm, "divmod", builtin_divmod);
    add_function(vm, "pow", builtin_pow);
    add_function(vm, "sum", builtin_sum);
    add_function(vm, "min", builtin_min);
    add_function(vm, "max", builtin_max);
}

/// Whether `v` is a builtin int (bools included).
fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

/// `abs(x)`.
fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("abs")?;
    args.check("abs", 1, 1)?;
    abs_value(vm, &arg(&args, 0))
}

fn abs_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::BigInt(b) => Value::from_bigint(b.value.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Instance(_) => {
            if let Some(f) = user_method(v, "__abs__") {
                return vm.call(&f, Args::new(vec![v.clone()]));
            }
            match unwrap_builtin(v) {
                Value::Instance(_) => return Err(bad_abs(vm, v)),
                inner => return abs_value(vm, &inner),
            }
        }
        other => return Err(bad_abs(vm, other)),
    })
}

fn bad_abs(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))
}

/// `round(number, ndigits=None)`: an int for one argument, the number's type otherwise.
fn builtin_round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let number = args.take(0, "number");
    let ndigits = args.take(1, "ndigits");
    reject_unknown_kwargs(&args, "round")?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let number = number
        .ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    let ndigits = ndigits.filter(|n| !n.is_none());
    round_value(vm, &number, ndigits)
}

fn round_value(vm: &mut Vm, number: &Value, ndigits: Option<Value>) -> PyResult<Value> {
    match number {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let x = to_bigint(number).unwrap_or_default();
            match ndigits {
                None => Ok(Value::from_bigint(x)),
                Some(n) => {
                    let n = vm.to_index(&n)?;
                    Ok(Value::from_bigint(round_int(&x, n)))
                }
            }
        }
        Value::Float(f) => match ndigits {
            None => float_to_int(f.round_ties_even()),
            Some(n) => {
                let n = vm.to_index(&n)?;
                crate::format::round_float(*f, n)
                    .map(Value::Float)
                    .map_err(format_error)
            }
        },
        _ => {
            if let Some(f) = user_method(number, "__round__") {
                let mut call_args = vec![number.clone()];
                call_args.extend(ndigits);
                return vm.call(&f, Args::new(call_args));
            }
            match unwrap_builtin(number) {
                inner @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => {
                    round_value(vm, &inner, ndigits)
                }
                _ => Err(PyErr::type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(number)
                ))),
            }
        }
    }
}

/// `round(int, ndigits)`: unchanged for ndigits >= 0, else rounded half-to-even to a
/// multiple of `10**-ndigits`.
fn round_int(x: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return x.clone();
    }
    // 10**k exceeds |x| * 2 once k is past the digit count (at most bits * log10(2) + 1,
    // below bits / 3 + 2): the result is then 0.
    let digits = x.bits() / 3 + 2;
    let k = ndigits.unsigned_abs();
    let Some(k) = usize::try_from(k)
        .ok()
        .filter(|&k| u64::try_from(k).is_ok_and(|k| k <= digits))
    else {
        return BigInt::zero();
    };
    let pow = num_traits::pow(BigInt::from(10), k);
    let (q, r) = x.div_mod_floor(&pow);
    let twice = &r * 2;
    let up = twice > pow || (twice == pow && q.is_odd());
    (if up { q + 1 } else { q }) * pow
}

/// `divmod(a, b)`.
fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("divmod")?;
    expect_args(&args, "divmod", 2)?;
    divmod_values(vm, &arg(&args, 0), &arg(&args, 1))
}

fn divmod_values(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let numeric = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    if is_int(a) && is_int(b) {
        let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
        let r = vm.binary_op(a, b, BinOp::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if numeric(a) && numeric(b) {
        let (x, y) = (num_to_f64(a)?, num_to_f64(b)?);
        if y == 0.0 {
            return Err(PyErr::zero_division("float divmod()"));
        }
        let (q, r) = float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    if let Some(f) = user_method(a, "__divmod__") {
        let r = vm.call(&f, Args::new(vec![a.clone(), b.clone()]))?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(f) = user_method(b, "__rdivmod__") {
        let r = vm.call(&f, Args::new(vec![b.clone(), a.clone()]))?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let (ua, ub) = (unwrap_builtin(a), unwrap_builtin(b));
    if numeric(&ua) && numeric(&ub) {
        return divmod_values(vm, &ua, &ub);
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn num_to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        other => int_to_f64(&to_bigint(other).unwrap_or_default()),
    }
}

/// `pow(base, exp, mod=None)`.
fn builtin_pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = args.take(0, "base");
    let exp = args.take(1, "exp");
    let modulus = args.take(2, "mod");
    reject_unknown_kwargs(&args, "pow")?;
    if args.len() > 3 {
        return Err(PyErr::type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let base =
        base.ok_or_else(|| PyErr::type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp =
        exp.ok_or_else(|| PyErr::type_error("pow() missing required argument 'exp' (pos 2)"))?;
    match modulus.filter(|m| !m.is_none()) {
        None => vm.binary_op(&base, &exp, BinOp::Pow),
        Some(m) => ternary_pow(vm, &base, &exp, &m),
    }
}

/// Three-argument `pow`, with CPython's dispatch: only the base's own `__pow__` is tried
/// for user objects; ints compute `base ** exp % mod`; any float is refused (`float.__pow__`
/// rejects a modulus); anything else is an unsupported operand.
fn ternary_pow(vm: &mut Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    if let Some(f) = user_method(base, "__pow__") {
        let r = vm.call(
            &f,
            Args::new(vec![base.clone(), exp.clone(), modulus.clone()]),
        )?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let (b, e, m) = (
        unwrap_builtin(base),
        unwrap_builtin(exp),
        unwrap_builtin(modulus),
    );
    if let (Some(b), Some(e), Some(m)) = (to_bigint(&b), to_bigint(&e), to_bigint(&m)) {
        return Ok(Value::from_bigint(pow_mod(&b, &e, &m)?));
    }
    // `float.__pow__` refuses any modulus before looking at its operands.
    if [&b, &e, &m].iter().any(|v| matches!(v, Value::Float(_))) {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(base),
        vm.type_name(exp),
        vm.type_name(modulus)
    )))
}

/// `sum(iterable, /, start=0)`.
fn builtin_sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    reject_unknown_kwargs(&args, "sum")?;
    if args.is_empty() && start.is_none() {
        return Err(PyErr::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    args.check("sum", 1, 2)?;
    let it = vm.get_iter(&arg(&args, 0))?;
    let start = start.or_else(|| args.opt(1)).unwrap_or(Value::Int(0));
    match unwrap_builtin(&start) {
        Value::Str(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::ByteArray(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let mut acc = start;
    while let Some(item) = vm.next(&it)? {
        vm.charge_fuel(1)?;
        acc = match (&acc, &item) {
            (Value::Int(x), Value::Int(y)) if x.checked_add(*y).is_some() => {
                Value::Int(x.wrapping_add(*y))
            }
            (Value::Float(x), Value::Float(y)) => Value::Float(x + y),
            _ => vm.binary_op(&acc, &item, BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

/// `min`/`max` over several arguments or one iterable, with `key=` and `default=`. The
/// first of equal extremes wins, as in CPython.
fn min_max(vm: &mut Vm, mut args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    reject_unknown_kwargs(&args, name)?;
    if args.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let candidates = if args.len() == 1 {
        vm.get_iter(&arg(&args, 0))?
    } else {
        if default.is_some() {
            return Err(PyErr::type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        vm.get_iter(&Value::tuple(args.pos.into_vec()))?
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.next(&candidates)? {
        vm.charge_fuel(1)?;
        let k = match &key {
            Some(f) => vm.call(f, Args::new(vec![item.clone()]))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((best_key, _)) => {
                let r = vm.compare(&k, best_key, op)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(PyErr::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::super::functions::tests::{call_kw, run, show};
    use super::*;

    #[test]
    fn abs_and_round() {
        let mut vm = Vm::new();
        assert_eq!(
            run(&mut vm, "abs", vec![Value::Int(i64::MIN)]),
            "9223372036854775808"
        );
        assert_eq!(run(&mut vm, "abs", vec![Value::Float(-2.5)]), "2.5");
        assert_eq!(
            run(&mut vm, "abs", vec![Value::str("a")]),
            "TypeError: bad operand type for abs(): 'str'"
        );
        assert_eq!(run(&mut vm, "round", vec![Value::Float(2.5)]), "2");
        assert_eq!(run(&mut vm, "round", vec![Value::Float(3.5)]), "4");
        assert_eq!(
            run(&mut vm, "round", vec![Value::Float(2.675), Value::Int(2)]),
            "2.67"
        );
        assert_eq!(
            run(&mut vm, "round", vec![Value::Int(25), Value::Int(-1)]),
            "20"
        );
        assert_eq!(
            run(&mut vm, "round", vec![Value::Int(35), Value::Int(-1)]),
            "40"
        );
        assert_eq!(
            run(&mut vm, "round", vec![Value::Int(-35), Value::Int(-1)]),
            "-40"
        );
        assert_eq!(
            run(&mut vm, "round", vec![Value::Int(7), Value::Int(-100)]),
            "0"
        );
        assert_eq!(run(&mut vm, "round", vec![Value::Bool(true)]), "1");
        assert_eq!(
            run(&mut vm, "round", vec![Value::Float(f64::NAN)]),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(
            run(&mut vm, "round", vec![Value::Float(f64::INFINITY)]),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            run(&mut vm, "round", vec![Value::str("a")]),
            "TypeError: type str doesn't define __round__ method"
        );
        assert_eq!(run(&mut vm, "round", vec![Value::Float(1e300)]).len(), 301);
    }

    #[test]
    fn divmod_and_pow() {
        let mut vm = Vm::new();
        assert_eq!(
            run(&mut vm, "divmod", vec![Value::Int(-7), Value::Int(2)]),
            "(-4, 1)"
        );
        assert_eq!(
            run(&mut vm, "divmod", vec![Value::Float(7.5), Value::Int(-2)]),
            "(-4.0, -0.5)"
        );
        assert_eq!(
            run(&mut vm, "divmod", vec![Value::Float(1.0), Value::Int(0)]),
            "ZeroDivisionError: float divmod()"
        );
        assert_eq!(
            run(&mut vm, "divmod", vec![Value::Int(1), Value::Int(0)]),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            run(&mut vm, "divmod", vec![Value::str("a"), Value::Int(1)]),
            "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"
        );
        assert_eq!(
            run(&mut vm, "divmod", vec![Value::Int(1)]),
            "TypeError: divmod expected 2 arguments, got 1"
        );
        assert_eq!(
            run(
                &mut vm,
                "pow",
                vec![Value::Int(2), Value::Int(10), Value::Int(-3)]
            ),
            "-2"
        );
        assert_eq!(
            run(
                &mut vm,
                "pow",
                vec![Value::Int(3), Value::Int(-1), Value::Int(7)]
            ),
            "5"
        );
        assert_eq!(
            run(&mut vm, "pow", vec![Value::Int(2), Value::Int(10)]),
            "1024"
        );
        assert_eq!(
            run(
                &mut vm,
                "pow",
                vec![Value::Float(2.0), Value::Int(3), Value::Int(5)]
            ),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers"
        );
        let r = call_kw(
            &mut vm,
            "pow",
            vec![Value::Int(2), Value::Int(3)],
            vec![("mod", Value::Int(5))],
        );
        assert_eq!(show(&mut vm, r), "3");
    }

    #[test]
    fn sum_min_max() {
        let mut vm = Vm::new();
        let l = Value::list(vec![Value::Int(3), Value::Int(1), Value::Int(2)]);
        assert_eq!(run(&mut vm, "sum", vec![l.clone()]), "6");
        assert_eq!(
            run(&mut vm, "sum", vec![l.clone(), Value::Float(0.5)]),
            "6.5"
        );
        assert_eq!(
            run(&mut vm, "sum", vec![l.clone(), Value::str("")]),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]"
        );
        let big = Value::list(vec![Value::Int(i64::MAX), Value::Int(1)]);
        assert_eq!(run(&mut vm, "sum", vec![big]), "9223372036854775808");
        assert_eq!(run(&mut vm, "max", vec![l.clone()]), "3");
        assert_eq!(run(&mut vm, "min", vec![l.clone()]), "1");
        assert_eq!(
            run(
                &mut vm,
                "max",
                vec![Value::Int(1), Value::Int(5), Value::Int(2)]
            ),
            "5"
        );
        assert_eq!(
            run(&mut vm, "max", vec![]),
            "TypeError: max expected at least 1 argument, got 0"
        );
        assert_eq!(
            run(&mut vm, "max", vec![Value::list(vec![])]),
            "ValueError: max() arg is an empty sequence"
        );
        let r = call_kw(
            &mut vm,
            "min",
            vec![Value::list(vec![])],
            vec![("default", Value::Int(7))],
        );
        assert_eq!(show(&mut vm, r), "7");
        let len = crate::vm::dictops::str_get(&vm.builtins, "len").unwrap_or(Value::None);
        let words = Value::list(vec![Value::str("bb"), Value::str("a"), Value::str("cc")]);
        let r = call_kw(
            &mut vm,
            "max",
            vec![words.clone()],
            vec![("key", len.clone())],
        );
        assert_eq!(show(&mut vm, r), "'bb'");
        let r = call_kw(&mut vm, "min", vec![words], vec![("key", len)]);
        assert_eq!(show(&mut vm, r), "'a'");
    }

    /// A program whose numbers are user objects with the numeric dunders.
    const DUNDERS: &str = r#"class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __index__(self): return 7
    def __abs__(self): return "abs!"
    def __round__(self, n=None): return ("round", n)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, e, m=None): return ("pow", e, m)
n = Num(1)
print(int(n), float(n), hex(n), abs(n), round(n), round(n, 2), bin(n), list(range(n)))
print(divmod(n, 3), divmod(3, n), pow(n, 2), pow(n, 2, 5))
print(sum([n.v, 2.5], 10), max([1, 5, 3], key=lambda v: -v), min("b", "a", key=str.upper))
print(round(2.5), round(-0.5), round(1234.5678, 2), round(1234, -2), divmod(-7.5, 2))
"#;

    #[test]
    fn numeric_dunders_end_to_end() {
        let out = crate::Sandbox::new().run(DUNDERS);
        let shown = out.stdout + &out.error.map(|e| e.summary).unwrap_or_default();
        // What CPython 3.11 prints for the same program.
        let expected = r#"42 2.5 0x7 abs! ('round', None) ('round', 2) 0b111 [0, 1, 2, 3, 4, 5, 6]
('divmod', 3) ('rdivmod', 3) ('pow', 2, None) ('pow', 2, 5)
13.5 1 a
2 0 1234.57 1200 (-4.0, 0.5)
"#;
        assert_eq!(shown, expected);
    }
}
