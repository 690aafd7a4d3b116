//! `statistics`: CPython 3.11's averages and spread measures for int and float data.
//! Like CPython, mean/variance/stdev work on exact fractions (every float is a fraction
//! with a power-of-two denominator) and round once at the end, so results match CPython
//! bit for bit; the final exact-fraction → float (and correctly rounded square root)
//! conversions are Rust helpers shared with `math`.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::math::{ratio_to_f64, sqrt_ratio_to_f64};
use super::ModuleBuilder;

/// The numerator and positive denominator of an exact fraction passed from Python.
fn ratio_args(args: &Args, name: &str) -> PyResult<(BigInt, BigInt)> {
    let ints: Vec<BigInt> = args
        .pos
        .iter()
        .filter_map(crate::vm::num::to_bigint)
        .collect();
    match ints.as_slice() {
        [n, d] if args.pos.len() == 2 && d.is_positive() => Ok((n.clone(), d.clone())),
        _ => Err(PyErr::type_error(format!(
            "{name}() needs an int numerator and a positive int denominator"
        ))),
    }
}

fn too_large() -> PyErr {
    PyErr::overflow("integer division result too large for a float")
}

/// `_ratio_float(n, d)`: the float nearest n/d (what CPython's `float(Fraction)` gives).
fn ratio_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, d) = ratio_args(&args, "_ratio_float")?;
    vm.charge_fuel((n.bits() + d.bits()) / 64)?;
    ratio_to_f64(&n, &d).map(Value::Float).ok_or_else(too_large)
}

/// `_sqrt_ratio_float(n, d)`: the correctly rounded square root of n/d >= 0.
fn sqrt_ratio_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, d) = ratio_args(&args, "_sqrt_ratio_float")?;
    if n.is_negative() {
        return Err(PyErr::value_error("math domain error"));
    }
    vm.charge_fuel((n.bits() + d.bits()) / 16)?;
    sqrt_ratio_to_f64(&n, &d)
        .map(Value::Float)
        .ok_or_else(too_large)
}

/// The module's Python part: data handling, CPython's type rules and messages. Exact
/// sums keep a numerator over one power-of-two denominator.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/statistics.py"));

/// Builds the `statistics` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("_ratio_float", ratio_float);
    m.function("_sqrt_ratio_float", sqrt_ratio_float);
    // The math functions it needs come straight from Sandpit's math module, so the
    // module works whatever the policy says about importing `math` itself.
    let Some(math) = super::load(vm, "math")? else {
        return Err(PyErr::new(
            crate::vm::ExcKind::SystemError,
            "statistics needs the math module",
        ));
    };
    for (name, alias) in [
        ("fsum", "_fsum"),
        ("exp", "_exp"),
        ("log", "_log"),
        ("sqrt", "_sqrt"),
        ("erf", "_erf"),
        ("fabs", "_fabs"),
        ("hypot", "_hypot"),
        ("tau", "_tau"),
    ] {
        let f = vm.getattr(&math, name)?;
        m.value(alias, f);
    }
    // `NormalDist.samples` draws from Sandpit's random module, the same way.
    let Some(random) = super::load(vm, "random")? else {
        return Err(PyErr::new(
            crate::vm::ExcKind::SystemError,
            "statistics needs the random module",
        ));
    };
    m.value("_random", random);
    m.run_python(vm, PYTHON)
}

#[cfg(test)]
mod tests {
    use num_bigint::BigInt;

    use super::{ratio_to_f64, sqrt_ratio_to_f64};

    fn big(i: i64) -> BigInt {
        BigInt::from(i)
    }

    #[test]
    fn fractions_round_to_the_nearest_float() {
        assert_eq!(ratio_to_f64(&big(5), &big(2)), Some(2.5));
        assert_eq!(ratio_to_f64(&big(1), &big(3)), Some(1.0 / 3.0));
        assert_eq!(ratio_to_f64(&big(-7), &big(10)), Some(-0.7));
        let huge = BigInt::from(10).pow(400);
        assert_eq!(ratio_to_f64(&huge, &big(1)), None);
        assert_eq!(ratio_to_f64(&big(1), &huge), Some(0.0));
        assert_eq!(
            ratio_to_f64(&big(1), &(BigInt::from(1) << 1074usize)),
            Some(5e-324)
        );
    }

    #[test]
    fn square_roots_of_fractions_are_correctly_rounded() {
        assert_eq!(sqrt_ratio_to_f64(&big(9), &big(4)), Some(1.5));
        assert_eq!(sqrt_ratio_to_f64(&big(2), &big(1)), Some(2f64.sqrt()));
        assert_eq!(
            sqrt_ratio_to_f64(&big(5), &big(3)),
            Some((5.0f64 / 3.0).sqrt())
        );
    }
}
