//! `float.hex()` and `float.fromhex()`: the exact hexadecimal spelling of a double
//! (`0x1.8000000000000p+0`) and its correctly rounded (half-to-even) inverse, with
//! CPython's grammar, results and messages.

use num_bigint::BigUint;

use crate::format::{decimal_exponent, named_float, nearest_scaled, split_sign};
use crate::vm::{PyErr, PyResult};

/// `x.hex()`: `[-]0x{0|1}.{13 hex digits}p{exponent}`, or `inf`/`-inf`/`nan`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let stored_exp = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if stored_exp == 0 {
        (0, -1022)
    } else {
        (1, stored_exp - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

fn invalid() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

fn too_large() -> PyErr {
    PyErr::overflow("hexadecimal value too large to represent as a float")
}

/// `float.fromhex(s)` for the text `s`.
pub fn float_fromhex_str(s: &str) -> PyResult<f64> {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = split_sign(s);
    let magnitude = match named_float(body) {
        Some(x) => x,
        None => parse_hex_magnitude(&body.to_ascii_lowercase())?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// Parses `[0x]digits[.digits][p[+-]decimal]` (already lowercased, no sign).
fn parse_hex_magnitude(s: &str) -> PyResult<f64> {
    let s = s.strip_prefix("0x").unwrap_or(s);
    let (mantissa_text, exp_text) = match s.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (s, None),
    };
    let (int_part, frac_part) = match mantissa_text.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa_text, ""),
    };
    let mut digits = Vec::with_capacity(int_part.len() + frac_part.len());
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        digits.push(u8::try_from(d).map_err(|_| invalid())?);
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    let exp = match exp_text {
        Some(e) => decimal_exponent(e).ok_or_else(invalid)?,
        None => 0,
    };
    let frac_bits = i64::try_from(frac_part.len())
        .unwrap_or(i64::MAX)
        .saturating_mul(4);
    let mantissa = BigUint::from_radix_be(&digits, 16).ok_or_else(invalid)?;
    compose(&mantissa, exp.saturating_sub(frac_bits))
}

/// `mantissa * 2**exp` rounded half-to-even to the nearest double; OverflowError past
/// the largest one.
fn compose(mantissa: &BigUint, exp: i64) -> PyResult<f64> {
    let x = nearest_scaled(mantissa, exp);
    if x.is_infinite() {
        return Err(too_large());
    }
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (1.0, "0x1.0000000000000p+0"),
            (0.0, "0x0.0p+0"),
            (-0.0, "-0x0.0p+0"),
            (5e-324, "0x0.0000000000001p-1022"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1, "0x1.999999999999ap-4"),
            (f64::MAX, "0x1.fffffffffffffp+1023"),
            (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
            (-1.5, "-0x1.8000000000000p+0"),
        ];
        for (x, want) in cases {
            assert_eq!(float_hex(*x), *want, "{x}.hex()");
        }
    }

    #[test]
    fn fromhex_matches_cpython() {
        let cases: &[(&str, f64)] = &[
            ("0x1.8p1", 3.0),
            (" -0X1P-1074 ", -5e-324),
            ("0x1p-1075", 0.0),
            ("0x3p-1076", 5e-324),
            ("1", 1.0),
            (".8", 0.5),
            ("0x1.000000000000080000000001p0", 1.0000000000000002),
            ("0x1.00000000000008p0", 1.0),
            ("0x1.00000000000018p0", 1.0000000000000004),
            ("0x1.fffffffffffffp+1023", f64::MAX),
            ("0x1.999999999999ap-4", 0.1),
            ("-Infinity", f64::NEG_INFINITY),
            ("0x0p0", 0.0),
            ("0x.1", 0.0625),
            ("0x1.p1", 2.0),
        ];
        for (s, want) in cases {
            let got = float_fromhex_str(s).map_err(|e| format!("{e:?}"));
            assert_eq!(got.map(f64::to_bits), Ok(want.to_bits()), "fromhex({s:?})");
        }
        assert!(float_fromhex_str("nan").is_ok_and(f64::is_nan));
        for bad in [
            "0x.", "0x", "1p", "1p+", "0x1_0", "", "0x1.2.3", "--1", "0xg",
        ] {
            assert!(float_fromhex_str(bad).is_err(), "{bad:?} should fail");
        }
        for big in [
            "0x1.fffffffffffff8p1023",
            "0x1p1024",
            "0x1.ffffffffffffffp1023",
            "0x1p99999999999999999999",
        ] {
            assert!(float_fromhex_str(big).is_err(), "{big:?} should overflow");
        }
    }
}
