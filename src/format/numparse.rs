//! Reading numbers from strings as `float(str)` and `int(str, base)` do. Both accept digits
//! of any script and strip ASCII whitespace and Unicode spaces (exactly Rust's
//! `char::is_whitespace`; the separators U+001C..U+001F, `isspace()` in Python, are not).

use num_bigint::{BigInt, BigUint, Sign};

use super::decimal_float::{parse_f64, split_sign};
use super::unicode_digits::ascii_number_text;

/// `float(str)`: surrounding whitespace, a sign, `1_000.5` (underscores only between
/// digits), `inf`/`infinity`/`nan` in any case, `1e5`, `.5`, `5.`; correctly rounded, with
/// out-of-range values becoming `inf` or `0.0`. `None` when the text is not a float.
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = ascii_number_text(s)?;
    let text = ascii.trim_matches(char::is_whitespace);
    if text.contains('_') {
        if !underscores_between_digits(text) {
            return None;
        }
        return parse_f64(&text.replace('_', ""));
    }
    // parse_f64's grammar (sign, digits with optional point, exponent, inf/infinity/nan
    // in any case) is Python's once whitespace and underscores are dealt with.
    parse_f64(text)
}

/// `int(str, base)`: `base` 0 or 2..=36; surrounding whitespace, a sign, a `0x`/`0o`/`0b`
/// prefix (matching the base, or choosing it when the base is 0, where a leading zero is only
/// allowed for zero itself: `010` is invalid, `00` is fine), and single underscores between
/// digits or after the prefix. `None` when the text (or the base) is invalid.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let ascii = ascii_number_text(s)?;
    let text = ascii.trim_matches(char::is_whitespace);
    let (negative, unsigned) = split_sign(text);
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    let (base, body, must_be_zero) = split_base_prefix(unsigned, base);
    let mut digits = Vec::with_capacity(body.len());
    let mut previous_was_underscore = false;
    for (index, byte) in body.bytes().enumerate() {
        if byte == b'_' {
            // One underscore right after a prefix, otherwise only between digits.
            if previous_was_underscore || (index == 0 && body.len() == unsigned.len()) {
                return None;
            }
            previous_was_underscore = true;
            continue;
        }
        let value = digit_value(byte).filter(|v| u32::from(*v) < base)?;
        digits.push(value);
        previous_was_underscore = false;
    }
    if previous_was_underscore || digits.is_empty() {
        return None;
    }
    let magnitude = BigUint::from_radix_be(&digits, base)?;
    if must_be_zero && magnitude != BigUint::default() {
        return None;
    }
    Some(BigInt::from_biguint(sign, magnitude))
}

/// Picks the base and strips its prefix. Returns the effective base, the digits (possibly
/// starting with the one underscore allowed after a prefix), and whether base 0 saw a
/// leading zero without prefix, which only zero may have.
fn split_base_prefix(text: &str, base: u32) -> (u32, &str, bool) {
    let bytes = text.as_bytes();
    let prefix_base = match (bytes.first(), bytes.get(1)) {
        (Some(b'0'), Some(b'x' | b'X')) => Some(16),
        (Some(b'0'), Some(b'o' | b'O')) => Some(8),
        (Some(b'0'), Some(b'b' | b'B')) => Some(2),
        _ => None,
    };
    match (base, prefix_base) {
        (0, Some(prefix_base)) => (prefix_base, text.get(2..).unwrap_or_default(), false),
        (0, None) => (10, text, bytes.first() == Some(&b'0')),
        (base, Some(prefix_base)) if base == prefix_base => {
            (base, text.get(2..).unwrap_or_default(), false)
        }
        (base, _) => (base, text, false),
    }
}

/// A digit's value in bases up to 36 (`0-9`, then `a-z` or `A-Z`).
fn digit_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'z' => Some(byte - b'a' + 10),
        b'A'..=b'Z' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// CPython's rule for numeric literals in strings: each `_` sits between two digits.
fn underscores_between_digits(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(index, byte)| {
        *byte != b'_'
            || (index > 0
                && bytes.get(index - 1).is_some_and(u8::is_ascii_digit)
                && bytes.get(index + 1).is_some_and(u8::is_ascii_digit))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_cpython() {
        // (text, repr(float(text)) in CPython 3.11, or None for ValueError)
        let cases: &[(&str, Option<&str>)] = &[
            ("1.5", Some("1.5")),
            (" 1.5\n", Some("1.5")),
            ("1_000.5", Some("1000.5")),
            ("1__0", None),
            ("_1", None),
            ("1_", None),
            ("1_.5", None),
            ("1._5", None),
            ("1e_5", None),
            ("1_e5", None),
            ("1_0e1_0", Some("100000000000.0")),
            ("1_0.5_5", Some("10.55")),
            ("in_f", None),
            ("inf", Some("inf")),
            ("-Infinity", Some("-inf")),
            ("+nan", Some("nan")),
            ("nAn", Some("nan")),
            ("-nan", Some("nan")),
            ("iNfInItY", Some("inf")),
            ("infinit", None),
            ("infinityy", None),
            ("nan(1)", None),
            ("1e5", Some("100000.0")),
            ("1E+5", Some("100000.0")),
            ("1e-5", Some("1e-05")),
            (".5", Some("0.5")),
            ("5.", Some("5.0")),
            (".", None),
            ("e5", None),
            ("1e", None),
            ("1e+", None),
            ("", None),
            (" ", None),
            ("0x10", None),
            ("1.5e999", Some("inf")),
            ("-1e-999", Some("-0.0")),
            ("1e-320", Some("1e-320")),
            ("0.1", Some("0.1")),
            ("00012.50", Some("12.5")),
            ("-0", Some("-0.0")),
            ("1.7976931348623157e308", Some("1.7976931348623157e+308")),
            ("1.7976931348623159e308", Some("inf")),
            ("+.5e-3", Some("0.0005")),
            ("- 1", None),
            ("1 2", None),
            ("1\u{0}", None),
            ("\u{a0}1.5\u{2003}", Some("1.5")),
            ("\u{1c}1\u{1f}", None),
            ("\u{b}\u{c}1.5\u{d}", Some("1.5")),
            ("1.5j", None),
            ("9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", Some("inf")),
            ("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", Some("0.0")),
            ("2.2250738585072011e-308", Some("2.225073858507201e-308")),
            ("4.9406564584124654e-324", Some("5e-324")),
            ("2.4703282292062327e-324", Some("0.0")),
            ("2.4703282292062328e-324", Some("5e-324")),
            ("1.00000000000000011102230246251565404236316680908203125", Some("1.0")),
            ("1.00000000000000011102230246251565404236316680908203124", Some("1.0")),
            ("++1", None),
            ("+-1", None),
            ("1..5", None),
            ("1.5.", None),
            ("１", Some("1.0")),
            ("1e5.5", None),
            ("0e0", Some("0.0")),
            ("-.0", Some("-0.0")),
        ];
        for (text, expected) in cases {
            let parsed = parse_float(text).map(super::super::float_repr);
            assert_eq!(parsed.as_deref(), *expected, "float({text:?})");
        }
    }

    #[test]
    fn ints_match_cpython() {
        // (text, base, str(int(text, base)) in CPython 3.11, or None for ValueError)
        let cases: &[(&str, u32, Option<&str>)] = &[
            ("0", 0, Some("0")),
            ("00", 0, Some("0")),
            ("010", 0, None),
            ("0_0", 0, Some("0")),
            ("0_7", 0, None),
            ("0x1f", 0, Some("31")),
            ("0X1F", 16, Some("31")),
            ("0x_1f", 16, Some("31")),
            ("0x__1f", 16, None),
            ("0x", 16, None),
            ("0x_", 0, None),
            ("0b101", 0, Some("5")),
            ("0o17", 0, Some("15")),
            ("0o18", 0, None),
            ("0b1", 16, Some("177")),
            ("z", 36, Some("35")),
            ("Z", 36, Some("35")),
            ("10", 2, Some("2")),
            ("2", 2, None),
            ("1_000", 10, Some("1000")),
            ("1__0", 10, None),
            ("_1", 10, None),
            ("1_", 10, None),
            ("  -42  ", 10, Some("-42")),
            ("+7", 10, Some("7")),
            ("- 7", 10, None),
            ("", 10, None),
            ("-", 10, None),
            ("12a", 10, None),
            (
                "123456789012345678901234567890",
                10,
                Some("123456789012345678901234567890"),
            ),
            ("-0", 10, Some("0")),
            ("0x10", 10, None),
            ("10", 37, None),
            ("10", 1, None),
            ("1a", 16, Some("26")),
            ("0o_7", 8, Some("7")),
            ("0b", 0, None),
            (
                "999999999999999999999999999999999999999999999999999999999999",
                10,
                Some("999999999999999999999999999999999999999999999999999999999999"),
            ),
            ("\t\n12\u{c}", 10, Some("12")),
            ("1 2", 10, None),
            ("0_x1", 0, None),
            ("0x1_f", 0, Some("31")),
            ("-0b1_0", 0, Some("-2")),
            ("+0o_17", 0, Some("15")),
            ("0O17", 8, Some("15")),
            ("0B1", 2, Some("1")),
            ("1_0", 0, Some("10")),
            ("000_0", 0, Some("0")),
            ("0_", 0, None),
            ("_0", 0, None),
            ("-_1", 10, None),
            ("\u{a0}7\u{3000}", 10, Some("7")),
            ("07", 8, Some("7")),
            ("0o7", 10, None),
            ("ff", 16, Some("255")),
            ("FF", 16, Some("255")),
            (
                "0xffffffffffffffffffffffffffffffff",
                0,
                Some("340282366920938463463374607431768211455"),
            ),
            ("-z", 36, Some("-35")),
            ("36", 36, Some("114")),
            ("1e3", 10, None),
            ("1.0", 10, None),
            ("\u{1c}5", 10, None),
        ];
        for (text, base, expected) in cases {
            let parsed = parse_int(text, *base).map(|v| v.to_string());
            assert_eq!(parsed.as_deref(), *expected, "int({text:?}, {base})");
        }
    }
}
