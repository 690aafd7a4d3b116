//! `round(float, ndigits)`, correctly rounded the way CPython's `double_round` does it:
//! the exact binary value is rounded half-to-even at the requested decimal place, and the
//! decimal result read back to the nearest double.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Pow};

use super::error::FormatError;

/// Beyond this many places every double rounds to itself (CPython's `NDIGITS_MAX`).
const MAX_USEFUL_NDIGITS: i64 = 323;
/// Below this many places every double rounds to a signed zero (CPython's `NDIGITS_MIN`).
const MIN_USEFUL_NDIGITS: i64 = -308;

/// `round(x, ndigits)` for an int `ndigits` (the one-argument `round(x)` returns an int and
/// is the caller's: half-even `x.round_ties_even()`). `round(2.675, 2) == 2.67` since the
/// double is just below 2.675; infinities and nan come back unchanged; a result past the
/// float range is `OverflowError: rounded value too large to represent`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > MAX_USEFUL_NDIGITS {
        return Ok(x);
    }
    if ndigits < MIN_USEFUL_NDIGITS {
        return Ok(0.0 * x);
    }
    let scaled = round_half_even_scaled(x.abs(), ndigits);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    // Reading the decimal back is correctly rounded; only overflow can go wrong.
    format!("{sign}{scaled}e{}", -ndigits)
        .parse::<f64>()
        .ok()
        .filter(|rounded| rounded.is_finite())
        .ok_or(FormatError::RoundedTooLarge)
}

/// `|x| × 10^ndigits` rounded half-to-even to an integer, computed exactly.
fn round_half_even_scaled(magnitude: f64, ndigits: i64) -> BigInt {
    let (mantissa, exponent) = binary_parts(magnitude);
    let mut numerator = BigUint::from(mantissa);
    let mut denominator = BigUint::one();
    if exponent >= 0 {
        numerator <<= exponent.unsigned_abs();
    } else {
        denominator <<= exponent.unsigned_abs();
    }
    let power_of_ten = Pow::pow(BigUint::from(10u32), ndigits.unsigned_abs());
    if ndigits >= 0 {
        numerator *= power_of_ten;
    } else {
        denominator *= power_of_ten;
    }
    let (quotient, remainder) = numerator.div_rem(&denominator);
    let twice_remainder: BigUint = remainder << 1u32;
    let round_up =
        twice_remainder > denominator || (twice_remainder == denominator && quotient.is_odd());
    BigInt::from(if round_up { quotient + 1u32 } else { quotient })
}

/// `magnitude == mantissa × 2^exponent` exactly, for a finite non-negative double.
fn binary_parts(magnitude: f64) -> (u64, i64) {
    let bits = magnitude.to_bits();
    let stored_exponent = i64::try_from((bits >> 52) & 0x7FF).unwrap_or(0);
    let fraction = bits & ((1u64 << 52) - 1);
    if stored_exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), stored_exponent - 1075)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_round() {
        // (x, ndigits, repr(round(x, ndigits)) in CPython 3.11, or '!' + exception)
        let cases: &[(f64, i64, &str)] = &[];
        for (x, ndigits, expected) in cases {
            let got = round_float(*x, *ndigits)
                .map(super::super::float_repr)
                .unwrap_or_else(|e| format!("!{}: {e}", e.exception_type()));
            assert_eq!(got, *expected, "round({x:?}, {ndigits})");
        }
    }
}
