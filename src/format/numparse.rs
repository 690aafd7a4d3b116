//! Reading numbers from strings as `float(str)` and `int(str, base)` do.

use num_bigint::{BigInt, BigUint, Sign};

/// `float(str)`: surrounding whitespace, a sign, `1_000.5` (underscores only between
/// digits), `inf`/`infinity`/`nan` in any case, `1e5`, `.5`, `5.`; correctly rounded, with
/// out-of-range values becoming `inf` or `0.0`. `None` when the text is not a float.
pub fn parse_float(s: &str) -> Option<f64> {
    let text = s.trim_matches(is_python_space);
    if text.contains('_') {
        if !underscores_between_digits(text) {
            return None;
        }
        return text.replace('_', "").parse().ok();
    }
    // Rust's grammar (sign, digits with optional point, exponent, inf/infinity/nan in any
    // case) is Python's once whitespace and underscores are dealt with.
    text.parse().ok()
}

/// `int(str, base)`: `base` 0 or 2..=36; surrounding whitespace, a sign, a `0x`/`0o`/`0b`
/// prefix (matching the base, or choosing it when the base is 0, where a leading zero is only
/// allowed for zero itself: `010` is invalid, `00` is fine), and single underscores between
/// digits or after the prefix. `None` when the text (or the base) is invalid.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let text = s.trim_matches(is_python_space);
    let (sign, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (Sign::Minus, text.get(1..)?),
        Some(b'+') => (Sign::Plus, text.get(1..)?),
        _ => (Sign::Plus, text),
    };
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

/// Python's `str.isspace()` as `int()`/`float()` strip it: Unicode whitespace plus the
/// ASCII separator controls U+001C..U+001F.
pub fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_cpython() {
        // (text, repr(float(text)) in CPython 3.11, or None for ValueError)
        let cases: &[(&str, Option<&str>)] = &[];
        for (text, expected) in cases {
            let parsed = parse_float(text).map(super::super::float_repr);
            assert_eq!(parsed.as_deref(), *expected, "float({text:?})");
        }
    }

    #[test]
    fn ints_match_cpython() {
        // (text, base, str(int(text, base)) in CPython 3.11, or None for ValueError)
        let cases: &[(&str, u32, Option<&str>)] = &[];
        for (text, base, expected) in cases {
            let parsed = parse_int(text, *base).map(|v| v.to_string());
            assert_eq!(parsed.as_deref(), *expected, "int({text:?}, {base})");
        }
    }
}
