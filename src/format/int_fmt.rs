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
            let (digits, prefix) = digits_in_base(v, code)?;
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

/// CPython 3.11's limit on int→str conversion (`sys.get_int_max_str_digits()`).
pub const INT_MAX_STR_DIGITS: u64 = 4300;

/// The decimal digits of `|v|`, refused past [`INT_MAX_STR_DIGITS`] as CPython refuses
/// every decimal conversion (`str`, `%d`, `format`) of such an int.
pub fn decimal_magnitude(v: &BigInt) -> Result<String, FormatError> {
    // |v| >= 2**(bits - 1) has at least floor((bits - 1) * log10(2)) + 1 digits: a number
    // past the limit by that bound is refused before the (quadratic) conversion.
    let bits = v.bits().saturating_sub(1);
    if bits as f64 * std::f64::consts::LOG10_2 >= INT_MAX_STR_DIGITS as f64 {
        return Err(FormatError::IntStrDigits);
    }
    let digits = v.magnitude().to_str_radix(10);
    if digits.len() as u64 > INT_MAX_STR_DIGITS {
        return Err(FormatError::IntStrDigits);
    }
    Ok(digits)
}

/// The digits of `|v|` for an integer presentation type (`b`, `o`, `x`, `X`, else decimal)
/// and the prefix `#` adds for it (upper-case for `X`, as CPython writes `0XFF`).
pub(crate) fn digits_in_base(
    v: &BigInt,
    code: char,
) -> Result<(String, &'static str), FormatError> {
    let (radix, prefix) = match code {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => return Ok((decimal_magnitude(v)?, "")),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if code == 'X' {
        digits.make_ascii_uppercase();
    }
    Ok((digits, prefix))
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
/// For `'%c' % n` the caller maps an `n` beyond `i64` to [`FormatError::CharOutOfRange`]
/// itself (`format(n, 'c')` says [`FormatError::IntTooLargeForLong`] there instead).
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
        result.unwrap_or_else(|e| format!("!{}: {e}", e.exception_type()))
    }

    #[test]
    fn matches_cpython_format() {
        // (value, spec, format(value, spec) in CPython 3.11, or '!' + the exception)
        let cases: &[(&str, &str, &str)] = &[
            ("1234567", "", "1234567"),
            ("1234567", ",", "1,234,567"),
            ("1234567", "_", "1_234_567"),
            ("1234567", "n", "1234567"),
            ("1234567", "010,", "01,234,567"),
            ("1234567", "+,", "+1,234,567"),
            ("1234567", " d", " 1234567"),
            ("1234567", "=+12d", "+    1234567"),
            ("1234567", "0=12", "000001234567"),
            ("1234567", "*^11", "**1234567**"),
            ("1234567", "<10", "1234567   "),
            ("1234567", ">10", "   1234567"),
            ("1234567", "^10", " 1234567  "),
            ("1234567", "x", "12d687"),
            ("1234567", "#x", "0x12d687"),
            ("1234567", "X", "12D687"),
            ("1234567", "#X", "0X12D687"),
            ("1234567", "#o", "0o4553207"),
            ("1234567", "b", "100101101011010000111"),
            ("1234567", "#b", "0b100101101011010000111"),
            ("1234567", "_b", "1_0010_1101_0110_1000_0111"),
            ("1234567", "_x", "12_d687"),
            ("1234567", "#_x", "0x12_d687"),
            ("1234567", "012_x", "00_0012_d687"),
            ("1234567", "e", "1.234567e+06"),
            ("1234567", ".2e", "1.23e+06"),
            ("1234567", "%", "123456700.000000%"),
            ("1234567", ".1%", "123456700.0%"),
            ("1234567", "g", "1.23457e+06"),
            ("1234567", "f", "1234567.000000"),
            ("1234567", ",.2f", "1,234,567.00"),
            ("1234567", "_.1f", "1_234_567.0"),
            ("1234567", "E", "1.234567E+06"),
            ("1234567", "G", "1.23457E+06"),
            ("1234567", "F", "1234567.000000"),
            ("1234567", "015,", "000,001,234,567"),
            ("1234567", "-", "1234567"),
            ("1234567", "0<12", "123456700000"),
            ("1234567", "0>12", "000001234567"),
            ("1234567", "0^12", "001234567000"),
            ("0", "d", "0"),
            ("0", "+d", "+0"),
            ("0", " d", " 0"),
            ("0", "05d", "00000"),
            ("0", "#x", "0x0"),
            ("0", "#b", "0b0"),
            ("0", "c", "\u{0}"),
            ("0", ".0%", "0%"),
            ("0", "#o", "0o0"),
            ("-42", "d", "-42"),
            ("-42", "+d", "-42"),
            ("-42", " d", "-42"),
            ("-42", "05d", "-0042"),
            ("-42", "<6", "-42   "),
            ("-42", "^7", "  -42  "),
            ("-42", "=6", "-   42"),
            ("-42", "x", "-2a"),
            ("-42", "#x", "-0x2a"),
            ("-42", "#010x", "-0x000002a"),
            ("-42", "#X", "-0X2A"),
            ("-42", "b", "-101010"),
            ("-42", "#o", "-0o52"),
            ("-42", "0=+8", "-0000042"),
            ("-42", "*=8", "-*****42"),
            ("-42", ",", "-42"),
            ("-42", "_", "-42"),
            ("-42", "-08", "-0000042"),
            ("-42", "+08,", "-000,042"),
            ("-42", "e", "-4.200000e+01"),
            ("-42", "010.3f", "-00042.000"),
            ("-42", ".0f", "-42"),
            ("65", "c", "A"),
            ("65", ">5c", "    A"),
            ("65", "<5c", "A    "),
            ("65", "05c", "0000A"),
            ("65", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("65", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            ("65", "-c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("65", " c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            ("65", "=5c", "    A"),
            ("65", "*^5c", "**A**"),
            ("233", "c", "é"),
            ("233", "^3c", " é "),
            ("-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("1114112", "c", "!OverflowError: %c arg not in range(0x110000)"),
            ("1180591620717411303424", "c", "!OverflowError: Python int too large to convert to C long"),
            ("1180591620717411303424", ",", "1,180,591,620,717,411,303,424"),
            ("1180591620717411303424", "_x", "40_0000_0000_0000_0000"),
            ("1180591620717411303424", "#_b", "0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
            ("1180591620717411303424", "e", "1.180592e+21"),
            ("1180591620717411303424", "g", "1.18059e+21"),
            ("1180591620717411303424", ".3%", "118059162071741130342400.000%"),
            ("1180591620717411303424", "n", "1180591620717411303424"),
            ("100000000000000000000000000000000000000000000000000", "e", "1.000000e+50"),
            ("100000000000000000000000000000000000000000000000000", ".3e", "1.000e+50"),
            ("100000000000000000000000000000000000000000000000000", ",", "100,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"),
            ("100000000000000000000000000000000000000000000000000", "f", "100000000000000007629769841091887003294964970946560.000000"),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "e", "!OverflowError: int too large to convert to float"),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "f", "!OverflowError: int too large to convert to float"),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "%", "!OverflowError: int too large to convert to float"),
            ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "e", "1.797693e+308"),
            ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "g", "1.79769e+308"),
            ("9007199254740993", "f", "9007199254740992.000000"),
            ("9007199254740993", ".0f", "9007199254740992"),
            ("9007199254740993", "g", "9.0072e+15"),
            ("12", ".2", "!ValueError: Precision not allowed in integer format specifier"),
            ("12", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("12", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            ("12", ",x", "!ValueError: Cannot specify ',' with 'x'."),
            ("12", ",c", "!ValueError: Cannot specify ',' with 'c'."),
            ("12", "_c", "!ValueError: Cannot specify '_' with 'c'."),
            ("12", "_n", "!ValueError: Cannot specify '_' with 'n'."),
            ("12", ",n", "!ValueError: Cannot specify ',' with 'n'."),
            ("12", ",o", "!ValueError: Cannot specify ',' with 'o'."),
            ("12", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            ("12", "y", "!ValueError: Unknown format code 'y' for object of type 'int'"),
            ("12", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            ("12", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
            ("12", ",_", "!ValueError: Cannot specify both ',' and '_'."),
            ("12", "_,", "!ValueError: Cannot specify both ',' and '_'."),
            ("12", ".", "!ValueError: Format specifier missing precision"),
            ("12", "9999999999999999999999999", "!ValueError: Too many decimal digits in format string"),
            ("12", "08.3f", "0012.000"),
            ("12", "+.2e", "+1.20e+01"),
            ("12", "=+10d", "+       12"),
            ("12", "#10_b", "    0b1100"),
            ("12", "#G", "12.0000"),
        ];
        for (value, spec, expected) in cases {
            assert_eq!(fmt(value, spec), *expected, "format({value}, {spec:?})");
        }
    }
}
