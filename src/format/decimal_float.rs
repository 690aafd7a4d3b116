//! Decimal text to the nearest double, correctly rounded (ties to even): what `float()`,
//! float literals, `round()`, `json` and the shortest-repr check read numbers with.
//!
//! Core's `f64::from_str` would do, but its Eisel–Lemire algorithm carries a table of
//! 128-bit powers of five that does not compress: with the code around it, 13 KB of the
//! gzipped wasm. Exact big-integer arithmetic (num-bigint is in the build anyway) gives
//! the same doubles. Two fast paths take the common texts without allocating (Clinger's,
//! and 128-bit arithmetic for up to 19 significant digits and a decimal exponent in
//! -21..19); only the rest, which programs rarely read in bulk, is slower.
//!
//! `float.fromhex` shares the sign, exponent, `inf`/`nan` and binary-rounding pieces.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// Parses Rust's `f64` grammar, which the callers rely on: an optional sign, then `inf`,
/// `infinity` or `nan` in any case, or digits with an optional point (at least one
/// digit) and an optional exponent (`e`/`E`, optional sign, at least one digit). No
/// whitespace or underscores. Out-of-range values become `inf` or zero.
pub fn parse_f64(text: &str) -> Option<f64> {
    let (negative, body) = split_sign(text);
    let magnitude = named_float(body).or_else(|| decimal(body))?;
    Some(if negative { -magnitude } else { magnitude })
}

/// Whether `text` starts with `-`, and the text after a leading `-` or `+`.
pub(crate) fn split_sign(text: &str) -> (bool, &str) {
    match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    }
}

/// `inf`, `infinity` and `nan`, in any case.
pub(crate) fn named_float(body: &str) -> Option<f64> {
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

/// Significant digits kept: a double's halfway points have at most 767 significant
/// digits, so digits past this many only matter as "some were not zero", which one
/// trailing `1` stands for without changing which side of any halfway point the value is.
const KEPT_DIGITS: usize = 800;

/// Exponents are clamped to this size while read: far past where every value is `inf`
/// or zero, and far from overflowing an `i64` when the digit count is added.
const EXPONENT_CLAMP: i64 = 1 << 40;

/// Exact powers of ten as doubles (10^22 is the largest one).
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A decimal number without sign: `None` unless all of `body` is one.
fn decimal(body: &str) -> Option<f64> {
    let bytes = body.as_bytes();
    let mut at = 0;
    // The significant digits (no leading zeros), at most KEPT_DIGITS of them.
    let mut digits: Vec<u8> = Vec::new();
    let mut dropped_nonzero = false;
    // value = digits × 10^scale, where scale counts digits dropped or after the point.
    let mut scale: i64 = 0;
    let mut seen_digit = false;
    let mut after_point = false;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                if after_point {
                    scale -= 1;
                }
                if digits.len() < KEPT_DIGITS {
                    if !(digits.is_empty() && b == b'0') {
                        digits.push(b);
                    }
                } else {
                    scale += 1;
                    dropped_nonzero |= b != b'0';
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        at += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        scale = scale.saturating_add(decimal_exponent(body.get(at + 1..)?)?);
    } else if at != bytes.len() {
        return None;
    }
    if dropped_nonzero {
        digits.push(b'1');
        scale -= 1;
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
        scale += 1;
    }
    Some(nearest(&digits, scale))
}

/// An exponent (after `e`, or `p` in hex): an optional sign and at least one decimal
/// digit, all of `text`; clamped far past any double's range.
pub(crate) fn decimal_exponent(text: &str) -> Option<i64> {
    let (negative, digits) = split_sign(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits.bytes().fold(0i64, |n, d| {
        (n * 10 + i64::from(d - b'0')).min(EXPONENT_CLAMP)
    });
    Some(if negative { -magnitude } else { magnitude })
}

/// The double nearest `digits × 10^scale`; `digits` are ASCII, without leading or
/// trailing zeros (empty for zero).
fn nearest(digits: &[u8], scale: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    // The value lies in [10^(order-1), 10^order).
    let order = i64::try_from(digits.len())
        .unwrap_or(i64::MAX)
        .saturating_add(scale);
    if order > 310 {
        return f64::INFINITY;
    }
    if order < -324 {
        return 0.0;
    }
    if let Some(mantissa) = small_mantissa(digits) {
        if let Some(x) = clinger(mantissa, scale) {
            return x;
        }
        // Up to 10^19 × 10^19 or 2^64 × 2^70 (after the shift): within 128 bits.
        if let Ok(small_scale @ -21..=19) = i32::try_from(scale) {
            let power = 10u128.pow(small_scale.unsigned_abs());
            let mantissa = u128::from(mantissa);
            return if small_scale >= 0 {
                ratio(&(mantissa * power), &1)
            } else {
                ratio(&mantissa, &power)
            };
        }
    }
    let Some(mantissa) = BigUint::parse_bytes(digits, 10) else {
        return f64::NAN;
    };
    let power = BigUint::from(10u32).pow(scale.unsigned_abs().try_into().unwrap_or(u32::MAX));
    if scale >= 0 {
        nearest_scaled(&(mantissa * power), 0)
    } else {
        ratio(&mantissa, &power)
    }
}

/// The value of at most 19 ASCII digits (below 10^19, so within a `u64`).
fn small_mantissa(digits: &[u8]) -> Option<u64> {
    (digits.len() <= 19).then(|| {
        digits
            .iter()
            .fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'))
    })
}

/// Clinger's fast path: a mantissa below 2^53 and a power of ten that are both exact
/// doubles give the correctly rounded result in one floating-point operation.
fn clinger(mantissa: u64, scale: i64) -> Option<f64> {
    if mantissa >= 1 << 53 {
        return None;
    }
    // Exact: below 2^53.
    let mantissa = mantissa as f64;
    let power = POWERS_OF_TEN.get(usize::try_from(scale.unsigned_abs()).ok()?)?;
    Some(if scale >= 0 {
        mantissa * power
    } else {
        mantissa / power
    })
}

/// The unsigned integers `ratio` divides: `u128` for mantissas of up to 19 digits and
/// small exponents (no allocation), `BigUint` for the rest.
trait Exact: Sized {
    fn bit_length(&self) -> u64;
    fn shifted_left(&self, amount: usize) -> Self;
    fn quotient_and_remainder(&self, den: &Self) -> (Self, Self);
    fn to_u64(&self) -> Option<u64>;
    fn is_zero(&self) -> bool;
}

impl Exact for u128 {
    fn bit_length(&self) -> u64 {
        u64::from(128 - self.leading_zeros())
    }
    fn shifted_left(&self, amount: usize) -> Self {
        u32::try_from(amount)
            .ok()
            .and_then(|amount| self.checked_shl(amount))
            .unwrap_or(0)
    }
    fn quotient_and_remainder(&self, den: &Self) -> (Self, Self) {
        (
            self.checked_div(*den).unwrap_or(0),
            self.checked_rem(*den).unwrap_or(0),
        )
    }
    fn to_u64(&self) -> Option<u64> {
        u64::try_from(*self).ok()
    }
    fn is_zero(&self) -> bool {
        *self == 0
    }
}

impl Exact for BigUint {
    fn bit_length(&self) -> u64 {
        self.bits()
    }
    fn shifted_left(&self, amount: usize) -> Self {
        self << amount
    }
    fn quotient_and_remainder(&self, den: &Self) -> (Self, Self) {
        self.div_rem(den)
    }
    fn to_u64(&self) -> Option<u64> {
        ToPrimitive::to_u64(self)
    }
    fn is_zero(&self) -> bool {
        Zero::is_zero(self)
    }
}

/// The double nearest `num / den` (both non-zero).
fn ratio<N: Exact>(num: &N, den: &N) -> f64 {
    // num/den lies in (2^(k-1), 2^(k+1)): a shift of 54 - k gives a quotient of 54 or 55
    // bits, and one more step makes it 55 (53 for the double, a guard bit, a round bit).
    let k = i64::try_from(num.bit_length()).unwrap_or(i64::MAX)
        - i64::try_from(den.bit_length()).unwrap_or(i64::MAX);
    let mut shift = 54 - k;
    let (mut quotient, mut remainder) = shifted_div(num, den, shift);
    if quotient.bit_length() < 55 {
        shift += 1;
        (quotient, remainder) = shifted_div(num, den, shift);
    }
    let Some(q) = quotient.to_u64() else {
        return f64::NAN;
    };
    assemble(q, 54 - shift, !remainder.is_zero())
}

/// `num × 2^shift / den` and its remainder (the shift moves to `den` when negative).
fn shifted_div<N: Exact>(num: &N, den: &N, shift: i64) -> (N, N) {
    let amount = usize::try_from(shift.unsigned_abs()).unwrap_or(usize::MAX);
    if shift >= 0 {
        num.shifted_left(amount).quotient_and_remainder(den)
    } else {
        num.quotient_and_remainder(&den.shifted_left(amount))
    }
}

/// The double nearest `mantissa × 2^exponent` (`inf` past the largest double).
pub(crate) fn nearest_scaled(mantissa: &BigUint, exponent: i64) -> f64 {
    let bits = i64::try_from(mantissa.bits()).unwrap_or(i64::MAX);
    if bits == 0 {
        return 0.0;
    }
    // Its top 55 bits, and whether any below them were set.
    let below = bits - 55;
    let (top_bits, inexact) = match u64::try_from(below) {
        Ok(below) => (
            mantissa >> below,
            mantissa.trailing_zeros().is_some_and(|zeros| zeros < below),
        ),
        Err(_) => (mantissa << below.unsigned_abs(), false),
    };
    let Some(q) = ToPrimitive::to_u64(&top_bits) else {
        return f64::NAN;
    };
    assemble(q, exponent.saturating_add(bits - 1), inexact)
}

/// The double nearest `q × 2^(top - 54)` plus a little more when `inexact` (a remainder
/// was dropped), for a 55-bit `q`: rounds half to even at the precision the exponent
/// allows (53 bits for normal doubles, fewer for subnormals).
fn assemble(q: u64, top: i64, inexact: bool) -> f64 {
    const MIN_EXPONENT: i64 = -1022;
    let dropped = if top >= MIN_EXPONENT {
        2
    } else {
        MIN_EXPONENT.saturating_sub(top).saturating_add(2)
    };
    if dropped > 56 {
        // Below half the smallest subnormal.
        return 0.0;
    }
    let kept = q >> dropped;
    let rest = q & ((1u64 << dropped) - 1);
    let half = 1u64 << (dropped - 1);
    let up = rest > half || (rest == half && (inexact || kept & 1 == 1));
    let mantissa = kept + u64::from(up);
    if top < MIN_EXPONENT {
        // A subnormal: its bits are its mantissa (rounding up to 2^52 gives exactly the
        // smallest normal double's bits).
        return f64::from_bits(mantissa);
    }
    let (mantissa, top) = if mantissa >> 53 != 0 {
        (mantissa >> 1, top + 1)
    } else {
        (mantissa, top)
    };
    if top > 1023 {
        return f64::INFINITY;
    }
    let biased = u64::try_from(top + 1023).unwrap_or(0);
    f64::from_bits((biased << 52) | (mantissa & ((1u64 << 52) - 1)))
}

#[cfg(test)]
mod tests {
    use super::parse_f64;

    /// A xorshift generator: the same cases on every run.
    struct Cases(u64);

    impl Cases {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// Core's parser is correctly rounded too: the two must agree bit for bit.
    fn agrees(text: &str) {
        let ours = parse_f64(text);
        let core = text.parse::<f64>().ok();
        match (ours, core) {
            (Some(a), Some(b)) if a.is_nan() && b.is_nan() => {}
            (Some(a), Some(b)) => assert_eq!(a.to_bits(), b.to_bits(), "{text}: {a:e} vs {b:e}"),
            (a, b) => assert_eq!(a.is_some(), b.is_some(), "{text}: accepted differently"),
        }
    }

    #[test]
    fn reads_what_core_reads() {
        let long_nines = format!("0.{}", "9".repeat(1000));
        let long_tie = format!("9007199254740993{}", "0".repeat(900));
        let long_tie_plus = format!("9007199254740993{}1e-900", "0".repeat(900));
        let tiny = format!("0.{}1", "0".repeat(330));
        let cases = [
            "0",
            "-0",
            "+0.0",
            "00012",
            "1",
            "1.5",
            ".5",
            "5.",
            "1.e5",
            "1e10",
            "1E-10",
            "+1e+10",
            "inf",
            "-Infinity",
            "INF",
            "nan",
            "NaN",
            "-nan",
            "1e308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9e-324",
            "5e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "1e400",
            "0e999999999999999999",
            "1e-99999999999999999999",
            "9007199254740993",
            "9007199254740995",
            "0.1",
            "0.3",
            "123456789012345678901234567890",
            "805933194865080.25",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "7.2057594037927933e16",
            &long_nines,
            &long_tie,
            &long_tie_plus,
            &tiny,
            "",
            "+",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "1..2",
            "1.2.3",
            "abc",
            "in",
            "infinit",
            "1_0",
            " 1",
            "1 ",
            "--1",
            "0x10",
            "1e5.0",
        ];
        for case in cases {
            agrees(case);
        }
    }

    #[test]
    fn random_decimals_read_as_core_reads_them() {
        let mut cases = Cases(0x9E37_79B9_7F4A_7C15);
        let mut next = move || cases.next();
        for _ in 0..20_000 {
            let count = 1 + next() % 40;
            let digits: String = (0..count)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            let point = next() % (count + 1);
            let exponent = (next() % 700) as i64 - 350;
            let (head, tail) = digits.split_at(point as usize);
            agrees(&format!("{head}.{tail}e{exponent}"));
        }
    }

    /// Exact halfway points between neighbouring doubles (the ties to even), and text
    /// just above and below them, normal and subnormal.
    #[test]
    fn halfway_points_round_as_core_rounds_them() {
        use num_bigint::BigUint;
        let mut cases = Cases(0xD1B5_4A32_D192_ED03);
        for round in 0..3_000 {
            let state = cases.next();
            // Every third one subnormal or near the bottom of the range.
            let bits = if round % 3 == 0 {
                state >> 11
            } else {
                state >> 1
            };
            let x = f64::from_bits(bits);
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            let raw_exponent = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
            let fraction = bits & ((1u64 << 52) - 1);
            let (mantissa, exponent) = if raw_exponent == 0 {
                (fraction, -1074)
            } else {
                (fraction | (1u64 << 52), raw_exponent - 1075)
            };
            // x = mantissa × 2^exponent; the point above it is (2·mantissa + 1) × 2^(exponent - 1).
            let odd = BigUint::from(2 * mantissa + 1);
            let (digits, scale) = if exponent >= 1 {
                (
                    (odd << usize::try_from(exponent - 1).unwrap_or(0)).to_string(),
                    0,
                )
            } else {
                let k = u32::try_from(1 - exponent).unwrap_or(0);
                (
                    (odd * BigUint::from(5u32).pow(k)).to_string(),
                    -i64::from(k),
                )
            };
            agrees(&format!("{digits}e{scale}"));
            agrees(&format!("{digits}000000000000000000001e{}", scale - 21));
            let below = digits.trim_end_matches('0');
            let zeros = i64::try_from(digits.len() - below.len()).unwrap_or(0);
            if let Some(last) = below.bytes().last() {
                let lower = format!(
                    "{}{}999999999999",
                    &below[..below.len() - 1],
                    char::from(last - 1)
                );
                agrees(&format!("{lower}e{}", scale + zeros - 12));
            }
        }
    }

    /// Mantissas of 16 to 19 digits with small exponents: the 128-bit path.
    #[test]
    fn long_mantissas_with_small_exponents_read_as_core_reads_them() {
        let mut cases = Cases(0x8CB9_2BA7_2F3D_8DD7);
        for round in 0..20_000u64 {
            let state = cases.next();
            let mantissa = match round % 3 {
                // Around 2^53 and its multiples, where the ties are.
                0 => (1u64 << 53) * (1 + state % 1000) + state % 7,
                1 => 1_000_000_000_000_000 + state % 9_000_000_000_000_000_000,
                _ => state % 10_000_000_000_000_000_000,
            };
            let scale = i64::try_from(state >> 58).unwrap_or(0) - 24;
            agrees(&format!("{mantissa}e{scale}"));
        }
    }

    /// `nearest_scaled` (which `float.fromhex` rounds with) against core reading the
    /// exact decimal value of `mantissa × 2^exponent`.
    #[test]
    fn scaled_mantissas_round_as_core_rounds_their_decimals() {
        use num_bigint::BigUint;
        let mut cases = Cases(0x5851_F42D_4C95_7F2D);
        for _ in 0..3_000 {
            let words = 1 + cases.next() % 3;
            let mut mantissa = BigUint::from(0u32);
            for _ in 0..words {
                mantissa = (mantissa << 64u32) + cases.next();
            }
            mantissa >>= cases.next() % 64;
            let exponent = i64::try_from(cases.next() % 2_400).unwrap_or(0) - 1_300;
            let text = match u32::try_from(-exponent) {
                Ok(k) => format!("{}e-{k}", &mantissa * BigUint::from(5u32).pow(k)),
                Err(_) => (&mantissa << exponent.unsigned_abs()).to_string(),
            };
            let core = text.parse::<f64>().unwrap_or(f64::NAN);
            let ours = super::nearest_scaled(&mantissa, exponent);
            assert_eq!(ours.to_bits(), core.to_bits(), "{mantissa} × 2^{exponent}");
        }
    }

    #[test]
    fn doubles_read_back_from_their_digits() {
        let mut cases = Cases(0x2545_F491_4F6C_DD1D);
        for _ in 0..20_000 {
            let state = cases.next();
            let x = f64::from_bits(state);
            if !x.is_finite() {
                continue;
            }
            for text in [
                format!("{x:e}"),
                format!("{x:.16e}"),
                format!("{x:.20e}"),
                format!("{x}"),
            ] {
                agrees(&text);
            }
        }
    }
}
