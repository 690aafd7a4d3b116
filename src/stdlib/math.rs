//! `math`: CPython 3.11's math module. Float functions follow C99/libm with CPython's
//! error mapping (`math domain error` → ValueError, `math range error` →
//! OverflowError); integer functions (isqrt, factorial, comb, perm, gcd, lcm) are exact
//! on big ints and charge fuel/memory for big results; fsum is exactly rounded.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::builtins::constructors::float_to_int;
use crate::compile::bytecode::BinOp;
use crate::value::function::NativeFn;
use crate::value::Value;
use crate::vm::hash::frexp;
use crate::vm::num::bit_len;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::ModuleBuilder;

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow("math range error")
}

/// The one positional argument of a `math.f(x)` function (CPython's wording).
fn one_arg(args: &Args, name: &str) -> PyResult<Value> {
    args.no_kwargs(&format!("math.{name}"))?;
    match args.pos.as_slice() {
        [x] => Ok(x.clone()),
        _ => Err(PyErr::type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

/// The two positional arguments of a `math.f(x, y)` function.
fn two_args(args: &Args, name: &str) -> PyResult<(Value, Value)> {
    args.no_kwargs(&format!("math.{name}"))?;
    match args.pos.as_slice() {
        [x, y] => Ok((x.clone(), y.clone())),
        _ => Err(PyErr::type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.pos.len()
        ))),
    }
}

/// Applies a libm function with CPython's error mapping: a NaN from a non-NaN is a
/// domain error; an infinity from a finite input is a range error when the function
/// can overflow, else a domain error.
fn apply(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

/// Defines `math.name(x)` for a float function of one argument.
macro_rules! float_fn {
    ($fname:ident, $name:literal, $overflow:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let x = vm.to_f64(&one_arg(&args, $name)?)?;
            let f: fn(f64) -> f64 = $f;
            apply(x, f(x), $overflow)
        }
    };
}

// The functions std lacks or computes its own way (acosh/asinh/atanh/cbrt/erf/erfc) come
// from the `libm` crate: pure Rust (a port of the same fdlibm/musl code glibc descends
// from), so the native and the wasm32 builds give the same bits.
float_fn!(m_acos, "acos", false, f64::acos);
float_fn!(m_acosh, "acosh", false, |x| if x < 1.0 {
    // libm's acosh answers some x <= -2 instead of reporting the domain error.
    f64::NAN
} else {
    libm::acosh(x)
});
float_fn!(m_asin, "asin", false, f64::asin);
float_fn!(m_asinh, "asinh", false, libm::asinh);
float_fn!(m_atan, "atan", false, f64::atan);
float_fn!(m_atanh, "atanh", false, libm::atanh);
float_fn!(m_cos, "cos", false, f64::cos);
float_fn!(m_cosh, "cosh", true, f64::cosh);
float_fn!(m_sin, "sin", false, f64::sin);
float_fn!(m_sinh, "sinh", true, f64::sinh);
float_fn!(m_tan, "tan", false, f64::tan);
float_fn!(m_tanh, "tanh", false, f64::tanh);
float_fn!(m_exp, "exp", true, f64::exp);
float_fn!(m_exp2, "exp2", true, f64::exp2);
float_fn!(m_expm1, "expm1", true, f64::exp_m1);
float_fn!(m_fabs, "fabs", false, f64::abs);
float_fn!(m_sqrt, "sqrt", false, f64::sqrt);
float_fn!(m_cbrt, "cbrt", false, libm::cbrt);
float_fn!(m_log1p, "log1p", false, f64::ln_1p);
float_fn!(m_erf, "erf", false, libm::erf);
float_fn!(m_erfc, "erfc", false, libm::erfc);

fn m_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "degrees")?)?;
    Ok(Value::Float(x.to_degrees()))
}

fn m_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "radians")?)?;
    Ok(Value::Float(x.to_radians()))
}

/// Gamma by the Lanczos approximation (g ≈ 6.0247, 13 terms: Boost's lanczos13m53
/// coefficients), with exact values at small integers and the reflection formula for
/// negative arguments: the method CPython uses, so results agree to the last bit.
/// (The constants keep their published digits; the compiler rounds them.)
#[allow(clippy::excessive_precision)]
mod lanczos {
    use num_traits::ToPrimitive;
    use std::f64::consts::PI;

    const G: f64 = 6.024680040776729583740234375;
    const G_MINUS_HALF: f64 = 5.524680040776729583740234375;
    const NUM: [f64; 13] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];
    /// The coefficients of x(x+1)...(x+11), lowest power first.
    const DEN: [f64; 13] = [
        0.0,
        39916800.0,
        120543840.0,
        150917976.0,
        105258076.0,
        45995730.0,
        13339535.0,
        2637558.0,
        357423.0,
        32670.0,
        1925.0,
        66.0,
        1.0,
    ];
    const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

    /// The rational function of the approximation, evaluated stably for x > 0.
    fn series(x: f64) -> f64 {
        let (mut num, mut den) = (0.0, 0.0);
        if x < 5.0 {
            for (n, d) in NUM.iter().zip(&DEN).rev() {
                num = num * x + n;
                den = den * x + d;
            }
        } else {
            for (n, d) in NUM.iter().zip(&DEN) {
                num = num / x + n;
                den = den / x + d;
            }
        }
        num / den
    }

    /// sin(pi * x), accurate for large x (reduced exactly modulo 2 first).
    fn sin_pi(x: f64) -> f64 {
        let y = x.abs() % 2.0;
        // `y` is in [0, 2): the rounded double is 0..=4.
        let r = match (2.0 * y).round().to_i32().unwrap_or(4) {
            0 => (PI * y).sin(),
            1 => (PI * (y - 0.5)).cos(),
            2 => (PI * (1.0 - y)).sin(),
            3 => -(PI * (y - 1.5)).cos(),
            _ => (PI * (y - 2.0)).sin(),
        };
        1.0f64.copysign(x) * r
    }

    /// Gamma(x) for finite x that is not a non-positive integer (may be ±inf).
    pub fn gamma(x: f64) -> f64 {
        if x == x.floor() && (1.0..=23.0).contains(&x) {
            let mut f = 1.0;
            let mut k = 2.0;
            while k < x {
                f *= k;
                k += 1.0;
            }
            return f;
        }
        let a = x.abs();
        if a < 1e-20 {
            return 1.0 / x;
        }
        if a > 200.0 {
            return if x < 0.0 {
                0.0 / sin_pi(x)
            } else {
                f64::INFINITY
            };
        }
        let y = a + G_MINUS_HALF;
        // The rounding error of y, computed exactly, corrects the power below.
        let z = if a > G_MINUS_HALF {
            (y - a) - G_MINUS_HALF
        } else {
            (y - G_MINUS_HALF) - a
        };
        let z = z * G / y;
        let scale = |r: f64, up: bool| {
            let apply = |r: f64, p: f64| if up { r * p } else { r / p };
            if a < 140.0 {
                apply(r, y.powf(a - 0.5))
            } else {
                let half = y.powf(a / 2.0 - 0.25);
                apply(apply(r, half), half)
            }
        };
        if x < 0.0 {
            let r = -PI / sin_pi(a) / a * y.exp() / series(a);
            scale(r - z * r, false)
        } else {
            let r = series(a) / y.exp();
            scale(r + z * r, true)
        }
    }

    /// log|Gamma(x)| for finite x that is not a non-positive integer.
    pub fn lgamma(x: f64) -> f64 {
        if x == x.floor() && (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        let a = x.abs();
        if a < 1e-20 {
            return -a.ln();
        }
        let r = series(a).ln() - G + (a - 0.5) * ((a + G - 0.5).ln() - 1.0);
        if x < 0.0 {
            LOG_PI - sin_pi(a).abs().ln() - a.ln() - r
        } else {
            r
        }
    }
}

fn is_nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

fn m_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "gamma")?)?;
    if x == f64::NEG_INFINITY || (x.is_finite() && is_nonpositive_integer(x)) {
        return Err(domain_error());
    }
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    apply(x, lanczos::gamma(x), true)
}

fn m_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "lgamma")?)?;
    if x.is_finite() && is_nonpositive_integer(x) {
        return Err(domain_error());
    }
    if !x.is_finite() {
        return Ok(Value::Float(x.abs()));
    }
    apply(x, lanczos::lgamma(x), true)
}

// ---- exponent/mantissa helpers ----

/// 2**e as a float: built from its bits for a normal exponent, else by `powi` (exact
/// for powers of two, and right for subnormal and overflowing ones).
fn pow2(e: i32) -> f64 {
    match e.checked_add(1023).map(u64::try_from) {
        Some(Ok(biased)) if (1..0x7ff).contains(&biased) => f64::from_bits(biased << 52),
        _ => 2f64.powi(e),
    }
}

/// x * 2**e with one correct rounding (subnormal results included); None on overflow.
fn ldexp(x: f64, e: i64) -> Option<f64> {
    if x == 0.0 || !x.is_finite() {
        return Some(x);
    }
    let (m, me) = frexp(x);
    let ne = i64::from(me).saturating_add(e);
    if ne > 1024 {
        return None;
    }
    if ne >= -1021 {
        // m * 2**ne: m's 53 bits fit a normal result exactly.
        let half = ne / 2;
        let (low, high) = (i32::try_from(half).ok()?, i32::try_from(ne - half).ok()?);
        return Some(m * pow2(low) * pow2(high));
    }
    if ne + 1074 < -1 {
        return Some(0.0f64.copysign(x));
    }
    // Subnormal: count units of 2**-1074 and round them half-to-even once.
    let units = (m * pow2(i32::try_from(ne + 1074).ok()?)).round_ties_even();
    Some(units * f64::from_bits(1))
}

/// Converts the exact fraction n/d (d != 0) to the nearest float (ties to even);
/// None when it overflows. Shared with `statistics` for its exact means.
pub(crate) fn ratio_to_f64(n: &BigInt, d: &BigInt) -> Option<f64> {
    let negative = n.is_negative() != d.is_negative();
    let (a, b) = (n.abs(), d.abs());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    let e = bit_len(&a) - bit_len(&b);
    let mut s = (53 - e).min(1074);
    let divide = |s: i64| -> Option<(BigInt, BigInt)> {
        Some(if s >= 0 {
            (&a << usize::try_from(s).ok()?).div_rem(&b)
        } else {
            a.div_rem(&(&b << usize::try_from(-s).ok()?))
        })
    };
    let (mut q, mut r) = divide(s)?;
    if q.bits() > 53 {
        s -= 1;
        (q, r) = divide(s)?;
    }
    let divisor = if s >= 0 {
        b.clone()
    } else {
        &b << usize::try_from(-s).ok()?
    };
    let twice = &r << 1usize;
    if twice > divisor || (twice == divisor && q.is_odd()) {
        q += 1u8;
    }
    let mantissa = q.to_f64()?;
    let value = ldexp(mantissa, -s)?;
    if value.is_infinite() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// The correctly rounded square root of the non-negative fraction n/m (m > 0), via an
/// integer square root rounded to odd with enough extra bits; None on overflow.
pub(crate) fn sqrt_ratio_to_f64(n: &BigInt, m: &BigInt) -> Option<f64> {
    const EXTRA: i64 = 2 * 53 + 3;
    let odd_root = |n: &BigInt, m: &BigInt| {
        let a = (n / m).sqrt();
        let exact = &a * &a * m == *n;
        if exact {
            a
        } else {
            a | BigInt::one()
        }
    };
    let q = Integer::div_floor(&(bit_len(n) - bit_len(m) - EXTRA), &2);
    let shift = usize::try_from(q.unsigned_abs()).ok()?;
    if q >= 0 {
        let root = odd_root(n, &(m << (2 * shift))) << shift;
        ratio_to_f64(&root, &BigInt::one())
    } else {
        let root = odd_root(&(n << (2 * shift)), m);
        ratio_to_f64(&root, &(BigInt::one() << shift))
    }
}

/// A finite float as an exact fraction n / 2**k (k >= 0).
fn float_ratio(x: f64) -> (BigInt, u32) {
    let (m, e) = frexp(x);
    // |m| is in [0.5, 1): m * 2**53 is an integer below 2**53, exactly converted.
    let mant = BigInt::from_f64(m * pow2(53)).unwrap_or_default();
    let e = e - 53;
    if e >= 0 {
        (mant << e.unsigned_abs(), 0)
    } else {
        let k = e.unsigned_abs();
        let tz = u32::try_from(mant.trailing_zeros().unwrap_or(0).min(u64::from(k))).unwrap_or(0);
        (mant >> tz as usize, k - tz)
    }
}

fn m_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "frexp")?)?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e.into())]))
}

fn m_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, i) = two_args(&args, "ldexp")?;
    let x = vm.to_f64(&x)?;
    let e = match int_arg(vm, &i) {
        Ok(b) => b,
        Err(_) => {
            return Err(PyErr::type_error(
                "Expected an int as second argument to ldexp.",
            ))
        }
    };
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    ldexp(x, e).map(Value::Float).ok_or_else(range_error)
}

fn m_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn m_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(&args, "copysign")?;
    let (x, y) = (vm.to_f64(&x)?, vm.to_f64(&y)?);
    Ok(Value::Float(x.copysign(y)))
}

fn m_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_args(&args, "atan2")?;
    let (y, x) = (vm.to_f64(&y)?, vm.to_f64(&x)?);
    Ok(Value::Float(y.atan2(x)))
}

fn m_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(&args, "fmod")?;
    let (x, y) = (vm.to_f64(&x)?, vm.to_f64(&y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn ieee_remainder(x: f64, y: f64) -> Option<f64> {
    if x.is_nan() {
        return Some(x);
    }
    if y.is_nan() {
        return Some(y);
    }
    if x.is_infinite() || y == 0.0 {
        return None;
    }
    if y.is_infinite() {
        return Some(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: pick the even multiple.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Some(1.0f64.copysign(x) * r)
}

fn m_remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(&args, "remainder")?;
    let (x, y) = (vm.to_f64(&x)?, vm.to_f64(&y)?);
    ieee_remainder(x, y)
        .map(Value::Float)
        .ok_or_else(domain_error)
}

fn m_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(&args, "pow")?;
    let (x, y) = (vm.to_f64(&x)?, vm.to_f64(&y)?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if x == 0.0 && y < 0.0 {
            return Err(domain_error());
        }
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(range_error());
        }
    }
    Ok(Value::Float(r))
}

/// The float next to `x` towards `y`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn m_nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(&args, "nextafter")?;
    let (x, y) = (vm.to_f64(&x)?, vm.to_f64(&y)?);
    Ok(Value::Float(next_after(x, y)))
}

fn m_ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "ulp")?)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(if x == f64::MAX {
        x - next_after(x, 0.0)
    } else {
        next_after(x, f64::INFINITY) - x
    }))
}

// ---- logarithms ----

/// log-like function of an int or float argument, with CPython's handling of ints too
/// big for a float (via their mantissa and binary exponent).
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = exact_int(v) {
        if !b.is_positive() {
            return Err(domain_error());
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // Too big for a float: its top 55 bits (sticky low bit) times 2**(bits - 55).
        let bits = b.bits();
        let shift = usize::try_from(bits - 55).map_err(|_| domain_error())?;
        let mut top = (&b >> shift).to_u64().unwrap_or(0);
        if (&b & ((BigInt::one() << shift) - 1u8)).is_positive() {
            top |= 1;
        }
        let m = top as f64 * pow2(-55);
        return Ok(f(m) + f(2.0) * bits as f64);
    }
    let x = vm.to_f64(v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn m_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("log")?;
    let (x, base) = match args.pos.as_slice() {
        [x] => (x.clone(), None),
        [x, b] => (x.clone(), Some(b.clone())),
        _ => return Err(PyErr::type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_of(vm, &x, f64::ln)?;
    match base {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = log_of(vm, &b, f64::ln)?;
            if den == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn m_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "log2")?;
    Ok(Value::Float(log_of(vm, &x, f64::log2)?))
}

fn m_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "log10")?;
    Ok(Value::Float(log_of(vm, &x, f64::log10)?))
}

// ---- rounding to ints ----

/// An int value of `v` when it is an int (bool, big int, int subclass instance).
fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Instance(inst) => inst
            .builtin_value()
            .and_then(|inner| crate::vm::num::to_bigint(&inner)),
        other => crate::vm::num::to_bigint(other),
    }
}

/// An integer argument (`__index__` honoured), exactly.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = crate::vm::num::to_bigint(v) {
        return Ok(b);
    }
    if let Value::Instance(inst) = v {
        if let Some(f) = inst.class.lookup("__index__") {
            let r = vm.call(&f, Args::new(vec![v.clone()]))?;
            return crate::vm::num::to_bigint(&r).ok_or_else(|| {
                PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))
            });
        }
        if let Some(b) = exact_int(v) {
            return Ok(b);
        }
    }
    Err(vm.not_integer(v))
}

/// ceil/floor/trunc: ints pass through, user objects use their dunder, others go
/// through float, except for trunc: CPython's `math.trunc` knows only `__trunc__`, so
/// an object that merely converts to float (`__float__`, `__index__`) is refused.
fn to_int_with(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    dunder: &str,
    round: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one_arg(args, name)?;
    if let Value::Instance(inst) = &x {
        if let Some(f) = inst.class.lookup(dunder) {
            return vm.call(&f, Args::new(vec![x.clone()]));
        }
    }
    if let Some(b) = exact_int(&x) {
        return Ok(Value::from_bigint(b));
    }
    if name == "trunc"
        && !matches!(
            crate::builtins::functions::unwrap_builtin(&x),
            Value::Float(_)
        )
    {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(&x)
        )));
    }
    let f = vm.to_f64(&x)?;
    float_to_int(round(f))
}

fn m_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_with(vm, &args, "ceil", "__ceil__", f64::ceil)
}

fn m_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_with(vm, &args, "floor", "__floor__", f64::floor)
}

fn m_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_with(vm, &args, "trunc", "__trunc__", f64::trunc)
}

// ---- integer functions ----

/// Charges for building an int of about `bits` bits (memory and fuel).
fn charge_bits(vm: &mut Vm, bits: f64) -> PyResult<()> {
    // NaN or beyond the address space: a size no allocation passes.
    let bytes = (bits / 8.0)
        .to_usize()
        .unwrap_or(usize::MAX)
        .min(usize::MAX / 4);
    vm.check_alloc(1, bytes)?;
    vm.charge_fuel((bytes as u64).saturating_mul(bytes as u64 / 1024 + 1) / 64)
}

/// The product lo * (lo+1) * ... * hi, by balanced splitting (fast on big ints).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let span = hi - lo;
    if span < BigInt::from(16) {
        let mut acc = lo.clone();
        let mut i = lo + 1u8;
        while &i <= hi {
            acc *= &i;
            i += 1u8;
        }
        return acc;
    }
    let mid: BigInt = lo + (span >> 1usize);
    range_product(lo, &mid) * range_product(&(mid + 1u8), hi)
}

/// `n` and `k` of comb/perm: CPython converts both to ints before checking either
/// sign, so a type error in `k` comes before a negative `n`.
fn non_negative_pair(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    for (value, what) in [(&n, "n"), (&k, "k")] {
        if value.is_negative() {
            return Err(PyErr::value_error(format!(
                "{what} must be a non-negative integer"
            )));
        }
    }
    Ok((n, k))
}

fn m_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "factorial")?;
    let n = int_arg(vm, &x)?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(PyErr::overflow(
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    let nf = n as f64;
    charge_bits(vm, nf * nf.max(2.0).log2())?;
    Ok(Value::from_bigint(range_product(
        &BigInt::one(),
        &BigInt::from(n),
    )))
}

fn m_perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("math.perm")?;
    let (n, k) = match args.pos.as_slice() {
        [n] => (n.clone(), Value::None),
        [n, k] => (n.clone(), k.clone()),
        _ => {
            return Err(PyErr::type_error(format!(
                "perm expected {}, got {}",
                if args.pos.is_empty() {
                    "at least 1 argument"
                } else {
                    "at most 2 arguments"
                },
                args.pos.len()
            )))
        }
    };
    if k.is_none() {
        // CPython's perm(n) is factorial(n), errors included.
        return m_factorial(vm, Args::new(vec![n]));
    }
    let (n, k) = non_negative_pair(vm, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let kf = k.to_f64().unwrap_or(f64::INFINITY);
    charge_bits(vm, kf * (n.bits() as f64))?;
    Ok(Value::from_bigint(range_product(&(&n - &k + 1u8), &n)))
}

fn m_comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = two_args(&args, "comb")?;
    let (n, k) = non_negative_pair(vm, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let kf = k.to_f64().unwrap_or(f64::INFINITY);
    charge_bits(vm, 2.0 * kf * (n.bits() as f64))?;
    let top = range_product(&(&n - &k + 1u8), &n);
    let bottom = range_product(&BigInt::one(), &k);
    Ok(Value::from_bigint(top / bottom))
}

fn m_isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "isqrt")?;
    let n = int_arg(vm, &x)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    charge_bits(vm, n.bits() as f64)?;
    Ok(Value::from_bigint(n.sqrt()))
}

/// gcd(a, b) >= 0; a big operand is first reduced modulo a much smaller one, so
/// folding many small numbers into a big one stays linear per step.
fn gcd2(a: &BigInt, b: &BigInt) -> BigInt {
    let (big, small) = if a.bits() >= b.bits() { (a, b) } else { (b, a) };
    if small.is_zero() {
        return big.abs();
    }
    if big.bits() > 2 * small.bits() {
        return small.gcd(&(big % small));
    }
    big.gcd(small)
}

fn int_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    args.no_kwargs(&format!("math.{name}"))?;
    let mut out = Vec::with_capacity(args.pos.len());
    for v in &args.pos {
        out.push(int_arg(vm, v)?);
    }
    vm.charge_fuel(out.iter().map(|b| b.bits() / 64 + 1).sum())?;
    Ok(out)
}

fn m_gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let nums = int_args(vm, &args, "gcd")?;
    let g = nums.iter().fold(BigInt::zero(), |g, n| gcd2(&g, n));
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let nums = int_args(vm, &args, "lcm")?;
    let mut acc = BigInt::one();
    for n in &nums {
        if n.is_zero() {
            return Ok(Value::Int(0));
        }
        charge_bits(vm, (acc.bits() + n.bits()) as f64)?;
        let g = gcd2(&acc, n);
        acc = (acc / g * n).abs();
    }
    Ok(Value::from_bigint(acc))
}

// ---- sums, products, norms ----

/// Shewchuk's exactly rounded float summation, with CPython's errors for infinities.
fn fsum(values: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x in values {
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut x = x;
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials.get(i).copied().unwrap_or(0.0);
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                if let Some(slot) = partials.get_mut(kept) {
                    *slot = lo;
                }
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if !x.is_finite() {
            return Err(PyErr::overflow("intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let Some(mut hi) = partials.pop() else {
        return Ok(0.0);
    };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Half-way cases: make the rounding of hi + lo exact using the next partial.
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn floats_of(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect(iterable)?;
    vm.charge_fuel(items.len() as u64)?;
    let mut out = Vec::with_capacity(items.len());
    for v in &items {
        out.push(vm.to_f64(v)?);
    }
    Ok(out)
}

fn m_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(&args, "fsum")?;
    let values = floats_of(vm, &x)?;
    Ok(Value::Float(fsum(&values)?))
}

/// The Euclidean norm of `values`, correctly rounded from the exact sum of squares.
fn norm(vm: &mut Vm, values: &[f64]) -> PyResult<f64> {
    if values.iter().any(|x| x.is_infinite()) {
        return Ok(f64::INFINITY);
    }
    if values.iter().any(|x| x.is_nan()) {
        return Ok(f64::NAN);
    }
    let ratios: Vec<(BigInt, u32)> = values
        .iter()
        .filter(|x| **x != 0.0)
        .map(|x| float_ratio(*x))
        .collect();
    let Some(k) = ratios.iter().map(|(_, k)| *k).max() else {
        return Ok(0.0);
    };
    vm.charge_fuel(ratios.len() as u64 * 40)?;
    let mut total = BigInt::zero();
    for (n, kn) in &ratios {
        total += (n * n) << (2 * (k - kn)) as usize;
    }
    let den = BigInt::one() << (2 * k) as usize;
    sqrt_ratio_to_f64(&total, &den).ok_or_else(range_error)
}

fn m_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("math.hypot")?;
    let mut values = Vec::with_capacity(args.pos.len());
    for v in &args.pos {
        values.push(vm.to_f64(v)?);
    }
    Ok(Value::Float(norm(vm, &values)?))
}

fn m_dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, q) = two_args(&args, "dist")?;
    let (p, q) = (floats_of(vm, &p)?, floats_of(vm, &q)?);
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let diffs: Vec<f64> = p.iter().zip(&q).map(|(a, b)| a - b).collect();
    Ok(Value::Float(norm(vm, &diffs)?))
}

fn m_prod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start").unwrap_or(Value::Int(1));
    if let Some((k, _)) = args.kw.first() {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for prod()"
        )));
    }
    let [iterable] = args.pos.as_slice() else {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    };
    let it = vm.get_iter(iterable)?;
    let mut acc = start;
    while let Some(v) = vm.next(&it)? {
        vm.charge_fuel(1)?;
        acc = vm.binary_op(&acc, &v, BinOp::Mul)?;
    }
    Ok(acc)
}

fn m_isclose(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    let a = args.take_kw("a");
    let b = args.take_kw("b");
    args.finish_kwargs("isclose")?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let a = a
        .or_else(|| args.opt(0))
        .ok_or_else(|| PyErr::type_error("isclose() missing required argument 'a' (pos 1)"))?;
    let b = b
        .or_else(|| args.opt(1))
        .ok_or_else(|| PyErr::type_error("isclose() missing required argument 'b' (pos 2)"))?;
    let (a, b) = (vm.to_f64(&a)?, vm.to_f64(&b)?);
    let rel = match rel {
        Some(v) => vm.to_f64(&v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => vm.to_f64(&v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn m_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "isfinite")?)?;
    Ok(Value::Bool(x.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "isinf")?)?;
    Ok(Value::Bool(x.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = vm.to_f64(&one_arg(&args, "isnan")?)?;
    Ok(Value::Bool(x.is_nan()))
}

/// Builds the `math` module.
pub fn build(_vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        m.value(name, Value::Float(value));
    }
    let functions: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    for (name, f) in functions {
        m.function(name, *f);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_exactly_rounded() {
        assert_eq!(fsum(&[0.1; 10]).ok(), Some(1.0));
        assert_eq!(fsum(&[1e100, 1.0, -1e100]).ok(), Some(1.0));
        assert_eq!(fsum(&[1e308, 1e308]).ok(), None);
        assert!(fsum(&[f64::INFINITY, f64::NEG_INFINITY]).is_err());
    }

    #[test]
    fn ldexp_and_frexp_round_trip_including_subnormals() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(ldexp(1.0, -1074), Some(5e-324));
        assert_eq!(ldexp(1.0, -1075), Some(0.0));
        assert_eq!(ldexp(3.0, -1075), Some(1e-323));
        assert_eq!(ldexp(1.0, 1024), None);
        assert_eq!(ldexp(0.75, 1024), Some(1.348269851146737e308));
    }

    #[test]
    fn remainder_rounds_the_quotient_to_even() {
        assert_eq!(ieee_remainder(5.0, 2.0), Some(1.0));
        assert_eq!(ieee_remainder(7.0, 2.0), Some(-1.0));
        assert_eq!(ieee_remainder(2.5, 1.0), Some(0.5));
        assert_eq!(ieee_remainder(3.5, 1.0), Some(-0.5));
        assert_eq!(ieee_remainder(1.0, 0.0), None);
    }

    #[test]
    fn huge_integer_results_hit_the_sandbox_limits() {
        let mut sb = crate::Sandbox::new();
        let out = sb.run("import math\nmath.factorial(10**9)\n");
        assert!(out.error.is_some());
        let out = sb.run("import math\nprint(math.comb(2**62, 2**61))\n");
        assert!(out.error.is_some());
        let out = sb.run("import math\nprint(math.factorial(20), math.comb(10**20, 2) > 0)\n");
        assert_eq!(out.stdout, "2432902008176640000 True\n");
    }
}
