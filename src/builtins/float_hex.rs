//! `float.hex()` and `float.fromhex()`: the exact hexadecimal spelling of a double
//! (`0x1.8000000000000p+0`) and its correctly rounded (half-to-even) inverse, with
//! CPython's grammar, results and messages.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use crate::vm::{PyErr, PyResult};

/// Significant bits of a double, counting the implicit leading one.
const MANTISSA_BITS: i64 = 53;
/// Exponent of the smallest subnormal's only bit: 2**-1074.
const MIN_LSB_EXP: i64 = -1074;
/// The largest binary exponent of a finite double's leading bit.
const MAX_EXP: i64 = 1023;

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
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, s.get(1..).unwrap_or("")),
        Some(b'+') => (false, s.get(1..).unwrap_or("")),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_hex_magnitude(&lower)?,
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
        Some(e) => parse_exponent(e)?,
        None => 0,
    };
    let frac_bits = i64::try_from(frac_part.len())
        .unwrap_or(i64::MAX)
        .saturating_mul(4);
    let mantissa = BigUint::from_radix_be(&digits, 16).ok_or_else(invalid)?;
    compose(&mantissa, exp.saturating_sub(frac_bits))
}

/// A decimal exponent with optional sign; saturates far beyond any double's range.
fn parse_exponent(e: &str) -> PyResult<i64> {
    let (negative, digits) = match e.as_bytes().first() {
        Some(b'-') => (true, e.get(1..).unwrap_or("")),
        Some(b'+') => (false, e.get(1..).unwrap_or("")),
        _ => (false, e),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let mut value: i64 = 0;
    for b in digits.bytes() {
        value = value
            .saturating_mul(10)
            .saturating_add(i64::from(b - b'0'))
            .min(1 << 40);
    }
    Ok(if negative { -value } else { value })
}

/// `mantissa * 2**exp` rounded half-to-even to the nearest double.
fn compose(mantissa: &BigUint, exp: i64) -> PyResult<f64> {
    if mantissa.is_zero() {
        return Ok(0.0);
    }
    let bits = i64::try_from(mantissa.bits()).unwrap_or(i64::MAX);
    let top = exp.saturating_add(bits - 1);
    if top > MAX_EXP {
        return Err(too_large());
    }
    // The weight of the last bit the result can keep: 53 bits below the top, but never
    // finer than the smallest subnormal.
    let lsb = (top - (MANTISSA_BITS - 1)).max(MIN_LSB_EXP);
    let shift = lsb.saturating_sub(exp);
    let kept: BigUint = if shift <= 0 {
        mantissa << shift.unsigned_abs()
    } else {
        let shift_u = shift.unsigned_abs();
        let q: BigUint = mantissa >> shift_u;
        let half_set = mantissa.bit(shift_u - 1);
        let below_half = shift_u >= 2 && (mantissa.trailing_zeros().unwrap_or(0) < shift_u - 1);
        if half_set && (below_half || q.bit(0)) {
            q + 1u32
        } else {
            q
        }
    };
    let q = kept.to_u64().ok_or_else(too_large)?;
    if q == 0 {
        return Ok(0.0);
    }
    let q_bits = i64::from(64 - q.leading_zeros());
    if lsb + q_bits - 1 > MAX_EXP {
        return Err(too_large());
    }
    Ok(q as f64 * power_of_two(lsb))
}

/// `2**e` exactly, for `e` in the range of doubles (subnormals included).
fn power_of_two(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(u64::try_from(e + 1023).unwrap_or(0) << 52)
    } else {
        f64::from_bits(1u64 << u32::try_from(e - MIN_LSB_EXP).unwrap_or(0))
    }
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
