//! `round(float, ndigits)`, correctly rounded the way CPython's `double_round` does it:
//! the exact binary value is rounded half-to-even at the requested decimal place, and the
//! decimal result read back to the nearest double.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Pow};

use super::error::FormatError;
use super::float_digits::binary_parts;

/// Beyond this many places every double rounds to itself (CPython's `NDIGITS_MAX`).
const MAX_USEFUL_NDIGITS: i64 = 323;
/// Below this many places every double rounds to a signed zero (CPython's `NDIGITS_MIN`).
const MIN_USEFUL_NDIGITS: i64 = -308;

/// `round(x, ndigits)` for an int `ndigits`, which the caller clamps into `i64` as CPython
/// clips it to `Py_ssize_t` (the one-argument `round(x)` returns an int and is the caller's:
/// `x.round_ties_even()`). `round(2.675, 2) == 2.67` since the
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
    super::parse_f64(&format!("{sign}{scaled}e{}", -ndigits))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_round() {
        // (x, ndigits, repr(round(x, ndigits)) in CPython 3.11, or '!' + exception)
        let cases: &[(f64, i64, &str)] = &[
            (2.675, 2, "2.67"),
            (0.5, 0, "0.0"),
            (1.5, 0, "2.0"),
            (2.5, 0, "2.0"),
            (-0.4, 0, "-0.0"),
            (-0.5, 0, "-0.0"),
            (0.125, 2, "0.12"),
            (0.375, 2, "0.38"),
            (1234.5678, -2, "1200.0"),
            (1250.0, -2, "1200.0"),
            (1350.0, -2, "1400.0"),
            (5.0e-324, 323, "0.0"),
            (5.0e-324, 324, "5e-324"),
            (1.5, -400, "0.0"),
            (-1.5, -400, "-0.0"),
            (
                1.7976931348623157e+308,
                -308,
                "!OverflowError: rounded value too large to represent",
            ),
            (
                1.7976931348623157e+308,
                -307,
                "!OverflowError: rounded value too large to represent",
            ),
            (1.0e+300, -300, "1e+300"),
            (f64::INFINITY, 2, "inf"),
            (f64::NAN, 2, "nan"),
            (f64::NEG_INFINITY, -5, "-inf"),
            (0.1, 20, "0.1"),
            (123.456, 1, "123.5"),
            (-123.456, 1, "-123.5"),
            (1.0e-10, 5, "0.0"),
            (-1.0e-10, 5, "-0.0"),
            (5.5, -1, "10.0"),
            (4.5, -1, "0.0"),
            (15.0, -1, "20.0"),
            (25.0, -1, "20.0"),
            (0.285, 2, "0.28"),
            (1.0000000000000002, 15, "1.0"),
            (1.0000000000000002, 16, "1.0000000000000002"),
            (9.995, 2, "9.99"),
            (0.0, 3, "0.0"),
            (-0.0, -3, "-0.0"),
            (1.0e+308, -308, "1e+308"),
            (5.0e+307, -308, "1e+308"),
            (4.9e+307, -308, "0.0"),
            (123456789.0, -9, "0.0"),
            (987654321.0, -9, "1000000000.0"),
            (2.5e-323, 323, "2e-323"),
            (1.23456789e-300, 305, "1.23457e-300"),
            (0.30000000000000004, 15, "0.3"),
            (0.30000000000000004, 16, "0.3"),
            (1.0e+22, -22, "1e+22"),
            (1.5e+22, -22, "2e+22"),
            (2.5e+22, -22, "2e+22"),
            (4.56789, 4, "4.5679"),
            (4503599627370496.0, 0, "4503599627370496.0"),
            (-2.675, 2, "-2.67"),
            (1.0000000000000002e+16, -1, "1e+16"),
            (7.0, -1000, "0.0"),
            (7.0, 1000, "7.0"),
            (1.5, 323, "1.5"),
            (1.5, -308, "0.0"),
        ];
        for (x, ndigits, expected) in cases {
            let got = round_float(*x, *ndigits)
                .map(super::super::float_repr)
                .unwrap_or_else(|e| format!("!{}: {e}", e.exception_type()));
            assert_eq!(got, *expected, "round({x:?}, {ndigits})");
        }
    }
}
