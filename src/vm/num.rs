//! Arithmetic on Python numbers: i64 fast paths that overflow into big ints, big-int
//! arithmetic, floats, and CPython's division/modulo/power rules and messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::compile::bytecode::BinOp;
use crate::value::Value;

use super::error::{ExcKind, PyErr, PyResult};

/// A number operand, normalised.
pub enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

/// Reads `v` as a number (bools are ints); None for non-numbers.
pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(i64::from(*b))),
        Value::BigInt(b) => Some(Num::Int(b.value.clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

/// Converts an int value to a float, with CPython's overflow error.
pub fn int_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::overflow("int too large to convert to float")),
    }
}

fn to_big(n: &Num) -> Option<BigInt> {
    match n {
        Num::Small(i) => Some(BigInt::from(*i)),
        Num::Int(b) => Some(b.clone()),
        Num::Float(_) => None,
    }
}

fn to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Int(b) => int_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

/// An upper bound on the bits of `a op b` for int operands whose result may be huge
/// (multiplication, power, left shift), so the VM can refuse it before computing it.
pub fn int_result_bits(a: &Value, b: &Value, op: BinOp) -> Option<u64> {
    let bits = |v: &Value| match v {
        Value::Int(i) => Some(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Bool(b) => Some(u64::from(*b)),
        Value::BigInt(b) => Some(b.value.bits()),
        _ => None,
    };
    let (x, y) = (bits(a)?, bits(b)?);
    match op {
        BinOp::Mul => Some(x.saturating_add(y)),
        // Zero shifted stays zero, however far.
        BinOp::LShift if x == 0 => Some(0),
        BinOp::LShift => {
            let shift = match b {
                Value::Int(i) => u64::try_from(*i).ok()?,
                Value::BigInt(b) => b.value.to_u64().unwrap_or(u64::MAX),
                _ => return None,
            };
            Some(x.saturating_add(shift))
        }
        BinOp::Pow if x > 1 => {
            let exp = match b {
                Value::Int(i) => u64::try_from(*i).ok()?,
                Value::BigInt(b) => b
                    .value
                    .to_u64()
                    .or((!b.value.is_negative()).then_some(u64::MAX))?,
                _ => return None,
            };
            Some(x.saturating_mul(exp))
        }
        _ => None,
    }
}

/// The arithmetic that needs no checks beyond the operation itself: int with int when
/// the result fits in i64 (`+ - *`), and float with float or int for `+ - * /` (a
/// division by a nonzero float cannot raise; an int operand converts as CPython's
/// `PyLong_AsDouble` does, rounding half to even). The hot path of numeric code; None
/// sends everything else through `number_op`.
#[inline(always)]
pub fn fast_op(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(*y).map(Value::Int),
            BinOp::Sub => x.checked_sub(*y).map(Value::Int),
            BinOp::Mul => x.checked_mul(*y).map(Value::Int),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => fast_float_op(*x, *y, op),
        (Value::Float(x), Value::Int(y)) => fast_float_op(*x, *y as f64, op),
        (Value::Int(x), Value::Float(y)) => fast_float_op(*x as f64, *y, op),
        _ => None,
    }
}

/// The int operators [`fast_op`] leaves out (`//`, `%`, `&`, shifts...) where the result
/// is a small int and no error is due; out of line, so the fast lane stays small.
#[inline(never)]
pub fn int_op(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    match op {
        BinOp::FloorDiv | BinOp::Mod | BinOp::TrueDiv if *y == 0 => None,
        BinOp::LShift | BinOp::RShift if *y < 0 => None,
        BinOp::Pow => None,
        _ => small_op(*x, *y, op).ok().flatten(),
    }
}

/// The float part of [`fast_op`].
#[inline]
fn fast_float_op(x: f64, y: f64, op: BinOp) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::TrueDiv if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// `a op b` for two numbers; Ok(None) when either is not a number.
pub fn number_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = small_op(*x, *y, op)? {
            return Ok(Some(v));
        }
    }
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Ok(None);
    };
    if matches!(a, Value::Bool(_)) && matches!(b, Value::Bool(_)) {
        if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(*p & *q))),
                BinOp::Or => return Ok(Some(Value::Bool(*p | *q))),
                BinOp::Xor => return Ok(Some(Value::Bool(*p ^ *q))),
                _ => {}
            }
        }
    }
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        if matches!(
            op,
            BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
        ) {
            return Ok(None);
        }
        return float_op(to_f64(&x)?, to_f64(&y)?, op).map(Some);
    }
    match (to_big(&x), to_big(&y)) {
        (Some(p), Some(q)) => big_op(p, q, op),
        _ => Ok(None),
    }
}

/// `x op y` for two small ints: Ok(None) when the result would not fit in i64 (the
/// big-int path takes it), CPython's errors for zero divisors and negative shift counts.
pub fn small_op(x: i64, y: i64, op: BinOp) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y)
                .map(|_| Value::Int(Integer::div_floor(&x, &y)))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            x.checked_rem(y)
                .map(|_| Value::Int(Integer::mod_floor(&x, &y)))
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(PyErr::zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                Some(Value::Float(x as f64 / y as f64))
            } else {
                None
            }
        }
        BinOp::And => Some(Value::Int(x & y)),
        BinOp::Or => Some(Value::Int(x | y)),
        BinOp::Xor => Some(Value::Int(x ^ y)),
        BinOp::LShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if y < 63 && x.unsigned_abs() < (1u64 << (62 - y)) {
                Some(Value::Int(x << y))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        BinOp::Pow => {
            if y < 0 {
                None
            } else {
                u32::try_from(y)
                    .ok()
                    .and_then(|e| x.checked_pow(e))
                    .map(Value::Int)
            }
        }
        BinOp::MatMul => None,
    })
}

fn big_op(x: BigInt, y: BigInt, op: BinOp) -> PyResult<Option<Value>> {
    let v = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            return Ok(Some(Value::Float(big_true_div(&x, &y)?)));
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Some(Value::Int(0)));
            }
            let shift = y
                .to_usize()
                .ok_or_else(|| PyErr::overflow("too many digits in integer"))?;
            if shift as u64 > (1u64 << 32) {
                return Err(PyErr::bare(ExcKind::MemoryError));
            }
            x << shift
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let base = int_to_f64(&x)?;
                if base == 0.0 {
                    return Err(PyErr::zero_division(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                let e = int_to_f64(&y)?;
                return Ok(Some(Value::Float(base.powf(e))));
            }
            if x.is_one() || x.is_zero() {
                return Ok(Some(Value::from_bigint(if y.is_zero() {
                    BigInt::one()
                } else {
                    x
                })));
            }
            let e = y
                .to_u32()
                .ok_or_else(|| PyErr::bare(ExcKind::MemoryError))?;
            num_traits::pow::Pow::pow(x, e)
        }
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(Value::from_bigint(v)))
}

/// The bit length of a big int as an i64, for exponent arithmetic. The int is held in
/// memory, so its bit count is far below 2^63 and the fallback is never taken.
pub fn bit_len(n: &BigInt) -> i64 {
    i64::try_from(n.bits()).unwrap_or(i64::MAX)
}

/// int / int, correctly rounded as CPython's is: the quotient is taken in integers to
/// 55 or 56 significant bits with a sticky bit for any remainder, so converting it to a
/// float rounds once, then scaled by a power of two (exact unless the result is
/// subnormal). Dividing two rounded floats would round twice and miss the last bit.
fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // a * 2**k / b has 55 or 56 bits.
    let k = 55 - (bit_len(&a) - bit_len(&b));
    let (num, den) = if k >= 0 {
        (a << k.unsigned_abs(), b)
    } else {
        (a, b << k.unsigned_abs())
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64().unwrap_or(u64::MAX) | u64::from(!r.is_zero());
    let mut value = q as f64;
    // Scale by 2**-k in steps that stay within the exponent range.
    let mut e = -k;
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        value *= 2f64.powi(i32::try_from(step).unwrap_or(0));
        e -= step;
    }
    if value.is_infinite() {
        return Err(PyErr::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -value } else { value })
}

/// `x op y` for two floats, with CPython's errors; a NaN result is a NaN of its own.
pub(super) fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    let r = float_result(x, y, op)?;
    Ok(Value::Float(if r.is_nan() {
        crate::value::distinct_nan(r)
    } else {
        r
    }))
}

fn float_result(x: f64, y: f64, op: BinOp) -> PyResult<f64> {
    Ok(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => float_pow(x, y)?,
        _ => return Err(PyErr::type_error("unsupported float operation")),
    })
}

/// CPython's float `divmod`: floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(PyErr::value_error("math domain error: negative number to a fractional power (complex results are not supported)"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `pow(base, exp, mod)` for ints, including negative exponents (modular inverse).
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> PyResult<BigInt> {
    if modulus.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let m_abs = modulus.abs();
    let mut b = base.mod_floor(&m_abs);
    let mut e = exp.clone();
    if e.is_negative() {
        b = mod_inverse(&b, &m_abs)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = b.modpow(&e, &m_abs);
    if modulus.is_negative() && !r.is_zero() {
        r -= &m_abs;
    }
    Ok(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// `-v`, `+v`, `~v` for numbers; None for non-numbers.
pub fn number_unary(v: &Value, op: crate::compile::bytecode::UnaryOp) -> Option<Value> {
    use crate::compile::bytecode::UnaryOp as U;
    Some(match (v, op) {
        (Value::Int(i), U::Neg) => i
            .checked_neg()
            .map_or_else(|| Value::from_bigint(-BigInt::from(*i)), Value::Int),
        (Value::Int(i), U::Pos) => Value::Int(*i),
        (Value::Int(i), U::Invert) => Value::Int(!*i),
        (Value::Bool(b), U::Neg) => Value::Int(-i64::from(*b)),
        (Value::Bool(b), U::Pos) => Value::Int(i64::from(*b)),
        (Value::Bool(b), U::Invert) => Value::Int(!i64::from(*b)),
        (Value::BigInt(b), U::Neg) => Value::from_bigint(-&b.value),
        (Value::BigInt(_), U::Pos) => v.clone(),
        (Value::BigInt(b), U::Invert) => Value::from_bigint(-&b.value - 1),
        (Value::Float(f), U::Neg) => Value::Float(-f),
        (Value::Float(f), U::Pos) => Value::Float(*f),
        _ => return None,
    })
}

/// The int value of an int-like value as a big int.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::BigInt(b) => Some(b.value.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: &Value) -> i64 {
        match v {
            Value::Int(i) => *i,
            _ => panic!("not a small int"),
        }
    }

    #[test]
    fn floor_division_and_modulo_follow_the_divisor_sign() {
        let op = |a, b, o| number_op(&Value::Int(a), &Value::Int(b), o).ok().flatten();
        assert_eq!(op(-7, 2, BinOp::FloorDiv).as_ref().map(int), Some(-4));
        assert_eq!(op(-7, 2, BinOp::Mod).as_ref().map(int), Some(1));
        assert_eq!(op(7, -3, BinOp::Mod).as_ref().map(int), Some(-2));
        assert!(number_op(&Value::Int(1), &Value::Int(0), BinOp::Mod).is_err());
    }

    #[test]
    fn overflow_promotes_to_big_ints() {
        let r = number_op(&Value::Int(i64::MAX), &Value::Int(1), BinOp::Add)
            .ok()
            .flatten();
        assert!(matches!(r, Some(Value::BigInt(_))));
        let back = number_op(&r.unwrap_or(Value::None), &Value::Int(1), BinOp::Sub)
            .ok()
            .flatten();
        assert_eq!(back.as_ref().map(int), Some(i64::MAX));
    }

    #[test]
    fn float_divmod_matches_cpython() {
        assert_eq!(float_divmod(-7.5, 2.0), (-4.0, 0.5));
        assert_eq!(float_divmod(7.5, -2.0), (-4.0, -0.5));
    }

    #[test]
    fn pow_mod_handles_negative_exponents_and_moduli() {
        let b = |i: i64| BigInt::from(i);
        assert_eq!(pow_mod(&b(3), &b(-1), &b(7)).ok(), Some(b(5)));
        assert_eq!(pow_mod(&b(2), &b(100), &b(-7)).ok(), Some(b(-5)));
        assert!(pow_mod(&b(2), &b(-1), &b(4)).is_err());
    }
}
