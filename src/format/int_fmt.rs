//! `format(int, spec)`: CPython's `_PyLong_FormatAdvancedWriter` and `format_long_internal`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::FormatError;
use super::float_fmt::render_float;
use super::number_field::{render_number, NumberParts};
use super::spec::{FormatSpec, Sign};

/// Formats an int per `spec` (types `b c d o x X n`, none = `d`, and the float types
/// `e E f F g G %`, which convert the int to float first), for a value whose Python type is
/// `type_name` (`int`, `bool`, …, named in "Unknown format code" errors). The result is
/// refused with `TooLarge` before being built if it would exceed `limit` bytes.
pub fn format_int(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
    limit: usize,
) -> Result<String, FormatError> {
    let code = spec.ty.unwrap_or('d');
    let grouping = spec.grouping_for(Some(code))?;
    match code {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
            if spec.precision.is_some() {
                return Err(FormatError::PrecisionInInteger);
            }
            if spec.z {
                return Err(FormatError::NegativeZeroCoercion { target: "integer" });
            }
            if code == 'c' {
                return format_char(v, spec, limit);
            }
            let (radix, prefix) = match code {
                'b' => (2, "0b"),
                'o' => (8, "0o"),
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                _ => (10, ""),
            };
            let mut digits = v.magnitude().to_str_radix(radix);
            if code == 'X' {
                digits.make_ascii_uppercase();
            }
            let parts = NumberParts {
                negative: v.is_negative(),
                prefix: if spec.alternate { prefix } else { "" },
                digits: &digits,
                has_point: false,
                remainder: "",
            };
            render_number(parts, spec, grouping, limit)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_float(v)?;
            render_float(x, spec, Some(code), grouping, limit)
        }
        _ => Err(FormatError::UnknownFormatCode {
            code,
            type_name: type_name.to_string(),
        }),
    }
}

/// Python's `float(int)`: correctly rounded, `OverflowError` past the float range.
pub fn int_to_float(v: &BigInt) -> Result<f64, FormatError> {
    v.to_f64()
        .filter(|x| x.is_finite())
        .ok_or(FormatError::IntTooLargeForFloat)
}

/// The `c` type: the character with code point `v`, padded like a number.
fn format_char(v: &BigInt, spec: &FormatSpec, limit: usize) -> Result<String, FormatError> {
    if spec.sign != Sign::Unspecified {
        return Err(FormatError::SignWithChar);
    }
    if spec.alternate {
        return Err(FormatError::AlternateWithChar);
    }
    let ch = char_from_code_point(v.to_i64().ok_or(FormatError::IntTooLargeForLong)?)?;
    let mut text = [0u8; 4];
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_point: false,
        remainder: ch.encode_utf8(&mut text),
    };
    render_number(parts, spec, None, limit)
}

/// The character `chr(code)` would give, or why not (range, or a surrogate Rust can't hold).
pub fn char_from_code_point(code: i64) -> Result<char, FormatError> {
    let code = u32::try_from(code)
        .ok()
        .filter(|c| *c <= 0x10FFFF)
        .ok_or(FormatError::CharOutOfRange)?;
    char::from_u32(code).ok_or(FormatError::SurrogateChar(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(value: &str, spec: &str) -> String {
        let v: BigInt = value.parse().unwrap();
        let result =
            FormatSpec::parse(spec, "int").and_then(|s| format_int(&v, &s, "int", 1 << 20));
        result.unwrap_or_else(|e| format!("!{e}"))
    }

    #[test]
    fn matches_cpython_format() {
        // (value, spec, format(value, spec) in CPython 3.11, or '!' + the ValueError message)
        let cases: &[(&str, &str, &str)] = &[];
        for (value, spec, expected) in cases {
            assert_eq!(fmt(value, spec), *expected, "format({value}, {spec:?})");
        }
    }
}
