//! Decimal digits of a double in the three modes CPython's float formatting is built on
//! (David Gay's `dtoa` modes 0, 2 and 3): shortest round-trip, N significant digits, and N
//! places after the point. Rust's float formatting supplies the digits — its shortest mode
//! round-trips and its precision modes round the exact binary value half-to-even, as `dtoa`
//! does — and this module only reads them back into a digits-and-point form.

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
    from_exponent_form(&format!("{:e}", x.abs()))
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
