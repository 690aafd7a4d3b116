//! Decimal digits of a double in the three modes CPython's float formatting is built on
//! (David Gay's `dtoa` modes 0, 2 and 3): shortest round-trip, N significant digits, and N
//! places after the point. Rust's float formatting supplies the digits — its shortest mode
//! gives the shortest round-tripping digits closest to the value, and its precision modes
//! round the exact binary value half-to-even, as `dtoa` does — and this module reads them
//! back into a digits-and-point form, fixing the one case where the two differ: a value
//! exactly halfway between two shortest candidates, where `dtoa` takes the even one.

use num_bigint::BigUint;

/// The digits of `|x|` as `0.DIGITS × 10^point`, with neither leading nor trailing zeros;
/// zero is `"0"` with `point == 1`. `dtoa` returns the same shape, and the layout code in
/// `float_text` pads zeros around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DecimalDigits {
    /// ASCII decimal digits, never empty.
    pub digits: String,
    /// Position of the decimal point relative to the first digit.
    pub point: i64,
}

impl DecimalDigits {
    /// Whether the rounded value is zero (what `z` looks at to drop a negative sign).
    pub fn is_zero(&self) -> bool {
        self.digits == "0"
    }
}

/// More digits than any double's exact decimal expansion has, significant (at most 767) or
/// after the point (at most 1074): asking Rust for more would only add zeros, which the
/// layout pads without materialising them here.
const EXACT_EXPANSION_BOUND: usize = 1100;

/// Shortest digits that read back as `x` (what `repr` prints). `x` must be finite.
pub(crate) fn shortest(x: f64) -> DecimalDigits {
    let candidate = from_exponent_form(&format!("{:e}", x.abs()));
    even_on_exact_tie(x.abs(), &candidate).unwrap_or(candidate)
}

/// When `|x|` lies exactly halfway between Rust's shortest candidate and its equally short
/// neighbour, the neighbour if it is the even one and also reads back as `x` (CPython's
/// `repr(805933194865080.25)` is `'805933194865080.2'`, Rust prints `…080.3`). `None` when
/// the candidate stands.
fn even_on_exact_tie(magnitude: f64, candidate: &DecimalDigits) -> Option<DecimalDigits> {
    let last_digit = candidate.digits.bytes().last()?;
    if last_digit % 2 == 0 {
        return None;
    }
    let length = candidate.digits.len();
    // Two round-tripping candidates are less than an ulp apart; for normal doubles that
    // needs at least 16 digits (subnormals have coarser ulps, so any length can tie).
    if length < 16 && magnitude >= f64::MIN_POSITIVE {
        return None;
    }
    let one_more = significant(magnitude, length + 1);
    if one_more.digits.len() != length + 1
        || !one_more.digits.ends_with('5')
        || one_more.point != candidate.point
    {
        return None;
    }
    let scale = one_more.point - i64::try_from(length).ok()?;
    if !is_exactly(magnitude, &one_more.digits, scale - 1) {
        return None;
    }
    let lower: u64 = one_more.digits.get(..length)?.parse().ok()?;
    let even = if lower % 2 == 0 { lower } else { lower + 1 };
    let reads_back = super::parse_f64(&format!("{even}e{scale}"))? == magnitude;
    let even_digits = even.to_string();
    (reads_back && even_digits.len() == length).then(|| normalized(even_digits, candidate.point))
}

/// Whether `magnitude == digits × 10^exponent` exactly.
fn is_exactly(magnitude: f64, digits: &str, exponent: i64) -> bool {
    let Ok(decimal) = digits.parse::<BigUint>() else {
        return false;
    };
    let (mantissa, binary_exponent) = binary_parts(magnitude);
    let mut binary = BigUint::from(mantissa);
    let mut decimal = decimal;
    // Move negative powers to the other side so both are integers.
    if binary_exponent >= 0 {
        binary <<= binary_exponent.unsigned_abs();
    } else {
        decimal <<= binary_exponent.unsigned_abs();
    }
    let power_of_ten = num_traits::Pow::pow(BigUint::from(10u32), exponent.unsigned_abs());
    if exponent >= 0 {
        decimal *= power_of_ten;
    } else {
        binary *= power_of_ten;
    }
    binary == decimal
}

/// `magnitude == mantissa × 2^exponent` exactly, for a finite non-negative double.
pub(crate) fn binary_parts(magnitude: f64) -> (u64, i64) {
    let bits = magnitude.to_bits();
    let stored_exponent = i64::try_from((bits >> 52) & 0x7FF).unwrap_or(0);
    let fraction = bits & ((1u64 << 52) - 1);
    if stored_exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), stored_exponent - 1075)
    }
}

/// `|x|` correctly rounded to `count` significant digits (at least one). `x` must be finite.
pub(crate) fn significant(x: f64, count: usize) -> DecimalDigits {
    let count = count.clamp(1, EXACT_EXPANSION_BOUND);
    from_exponent_form(&format!("{:.*e}", count - 1, x.abs()))
}

/// `|x|` correctly rounded to `places` digits after the point. `x` must be finite.
pub(crate) fn fixed(x: f64, places: usize) -> DecimalDigits {
    let places = places.min(EXACT_EXPANSION_BOUND);
    let text = format!("{:.*}", places, x.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let point = i64::try_from(whole.len()).unwrap_or(i64::MAX);
    normalized(format!("{whole}{fraction}"), point)
}

/// Reads Rust's `d.ddde±x` output.
fn from_exponent_form(text: &str) -> DecimalDigits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    normalized(mantissa.replace('.', ""), exponent.saturating_add(1))
}

/// Strips leading zeros (moving the point) and trailing zeros.
fn normalized(all_digits: String, point: i64) -> DecimalDigits {
    let significant = all_digits.trim_start_matches('0');
    let leading_zeros = all_digits.len() - significant.len();
    let significant = significant.trim_end_matches('0');
    if significant.is_empty() {
        return DecimalDigits {
            digits: "0".to_string(),
            point: 1,
        };
    }
    DecimalDigits {
        digits: significant.to_string(),
        point: point.saturating_sub(i64::try_from(leading_zeros).unwrap_or(i64::MAX)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(digits: &str, point: i64) -> DecimalDigits {
        DecimalDigits {
            digits: digits.to_string(),
            point,
        }
    }

    #[test]
    fn shortest_digits() {
        assert_eq!(shortest(0.1), d("1", 0));
        assert_eq!(shortest(123.456), d("123456", 3));
        assert_eq!(shortest(1e16), d("1", 17));
        assert_eq!(shortest(5e-324), d("5", -323));
        assert_eq!(shortest(-0.0), d("0", 1));
        // Exactly halfway between ...080.2 and ...080.3: CPython takes the even digit.
        assert_eq!(
            shortest(805_933_194_865_080.0 + 0.25),
            d("8059331948650802", 15)
        );
    }

    #[test]
    fn significant_digits_round_half_even_on_exact_value() {
        assert_eq!(significant(1.25, 2), d("12", 1));
        assert_eq!(significant(2.675, 3), d("267", 1));
        assert_eq!(significant(9.99, 2), d("1", 2));
        assert_eq!(significant(1.0, 5000), d("1", 1));
        assert_eq!(significant(0.0, 3), d("0", 1));
    }

    #[test]
    fn fixed_digits() {
        assert_eq!(fixed(0.5, 0), d("0", 1));
        assert_eq!(fixed(1.5, 0), d("2", 1));
        assert_eq!(fixed(0.125, 2), d("12", 0));
        assert_eq!(fixed(0.001, 2), d("0", 1));
        assert_eq!(fixed(0.00123, 4), d("12", -2));
        assert_eq!(fixed(1200.0, 3), d("12", 4));
        assert_eq!(fixed(0.1, 1_000_000).digits.len(), 55);
    }
}
