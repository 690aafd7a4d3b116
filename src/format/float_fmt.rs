//! `format(float, spec)`: CPython's `_PyFloat_FormatAdvancedWriter` and
//! `format_float_internal`, shared with `format(int, 'e')` and friends.

use super::error::FormatError;
use super::float_text::{FloatStyle, FloatText, FloatTextOptions};
use super::number_field::{render_number, NumberParts};
use super::padding::within_limit;
use super::spec::{FormatSpec, Grouping};

/// Formats a float per `spec` (types `e E f F g G n %`, and none: like `g` but always with a
/// `.0` or exponent, or `repr` when there is no precision), for a value whose Python type is
/// `type_name` (named in "Unknown format code" errors). The result is refused with `TooLarge`
/// before being built if it would exceed `limit` bytes.
pub fn format_float(
    v: f64,
    spec: &FormatSpec,
    type_name: &str,
    limit: usize,
) -> Result<String, FormatError> {
    let grouping = spec.grouping_for(spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            render_float(v, spec, spec.ty, grouping, limit)
        }
        Some(code) => Err(FormatError::UnknownFormatCode {
            code,
            type_name: type_name.to_string(),
        }),
    }
}

/// The largest precision CPython accepts for floats (C's `INT_MAX`).
const MAX_PRECISION: usize = i32::MAX as usize;

/// Formats `x` with presentation type `code` (already validated) and the grouping the spec
/// asked for.
pub(crate) fn render_float(
    x: f64,
    spec: &FormatSpec,
    code: Option<char>,
    grouping: Option<Grouping>,
    limit: usize,
) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err(FormatError::PrecisionTooBig);
    }
    let options = FloatTextOptions {
        uppercase: matches!(code, Some('E' | 'F' | 'G')),
        alternate: spec.alternate,
        add_dot_0: code.is_none(),
        no_negative_zero: spec.z,
    };
    let (style, value, percent) = match code {
        None if spec.precision.is_none() => (FloatStyle::Repr, x, false),
        None | Some('g' | 'G' | 'n') => (FloatStyle::General, x, false),
        Some('e' | 'E') => (FloatStyle::Exponent, x, false),
        Some('%') => (FloatStyle::Fixed, x * 100.0, true),
        _ => (FloatStyle::Fixed, x, false),
    };
    let text = FloatText::new(value, style, spec.precision.unwrap_or(6), options);
    within_limit(text.len().checked_add(usize::from(percent)), limit)?;
    let mut rendered = text.render();
    if percent {
        rendered.push('%');
    }
    let (negative, unsigned) = match rendered.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, rendered.as_str()),
    };
    let digits_end = unsigned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let (digits, rest) = unsigned.split_at(digits_end);
    let (has_point, remainder) = match rest.strip_prefix('.') {
        Some(after_point) => (true, after_point),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_point,
        remainder,
    };
    render_number(parts, spec, grouping, limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(value: f64, spec: &str) -> String {
        let result = FormatSpec::parse(spec, "float")
            .and_then(|s| format_float(value, &s, "float", 1 << 20));
        result.unwrap_or_else(|e| format!("!{}: {e}", e.exception_type()))
    }

    #[test]
    fn matches_cpython_format() {
        // (value, spec, format(value, spec) in CPython 3.11, or '!' + exception)
        let cases: &[(f64, &str, &str)] = &[
            (0.5, ".0f", "0"),
            (0.5, "#.0f", "0."),
            (0.5, ".0e", "5e-01"),
            (0.5, ".0%", "50%"),
            (0.5, "", "0.5"),
            (1.5, ".0f", "2"),
            (1.5, "x<10", "1.5xxxxxxx"),
            (1.5, " ", " 1.5"),
            (1.5, "+", "+1.5"),
            (1.5, "z", "1.5"),
            (2.5, ".0f", "2"),
            (2.5, ".0e", "2e+00"),
            (1.0e-05, "g", "1e-05"),
            (1.0e-05, "", "1e-05"),
            (1.0e-05, "e", "1.000000e-05"),
            (1.0e-05, ".3", "1e-05"),
            (1.0e-05, "f", "0.000010"),
            (1.0e-05, "%", "0.001000%"),
            (0.0001, "g", "0.0001"),
            (0.0001, "", "0.0001"),
            (0.0001, ".2", "0.0001"),
            (1234.5, ".3", "1.23e+03"),
            (1234.5, ".5", "1234.5"),
            (1234.5, ".6", "1234.5"),
            (1234.5, "n", "1234.5"),
            (1234.5, ".3n", "1.23e+03"),
            (1234.5, ",", "1,234.5"),
            (1234.5, "010,.1f", "0,001,234.5"),
            (1234.5, "_.3f", "1_234.500"),
            (1234.5, ",g", "1,234.5"),
            (1234.5, "g", "1234.5"),
            (1234.5, "#g", "1234.50"),
            (1234.5, ".10g", "1234.5"),
            (1234.5, "#.10g", "1234.500000"),
            (1234.5, "=+12.1f", "+     1234.5"),
            (1234.5, "*^13.2f", "***1234.50***"),
            (4.56789, ".3", "4.57"),
            (4.56789, "08.3f", "0004.568"),
            (4.56789, "+.2e", "+4.57e+00"),
            (4.56789, ".0e", "5e+00"),
            (4.56789, "#.0e", "5.e+00"),
            (4.56789, "=+10.2f", "+     4.57"),
            (4.56789, "0=10", "0004.56789"),
            (4.56789, "*^11", "**4.56789**"),
            (4.56789, "<10", "4.56789   "),
            (4.56789, ">10", "   4.56789"),
            (4.56789, "^10", " 4.56789  "),
            (4.56789, "E", "4.567890E+00"),
            (4.56789, "G", "4.56789"),
            (4.56789, ".1", "5e+00"),
            (4.56789, ".0", "5e+00"),
            (4.56789, ".0g", "5"),
            (4.56789, "#.0g", "5."),
            (4.56789, " .1f", " 4.6"),
            (123.0, ".3", "1.23e+02"),
            (123.0, ".4", "123.0"),
            (123.0, "", "123.0"),
            (12.0, ".3", "12.0"),
            (12.0, ".2", "1.2e+01"),
            (12.0, ".1", "1e+01"),
            (1.0e+16, "", "1e+16"),
            (1.0e+16, "#", "1.e+16"),
            (1.0e+16, ".16", "1e+16"),
            (1.0e+16, ".17", "1e+16"),
            (1.0e+16, ",", "1e+16"),
            (1.0e+16, "f", "10000000000000000.000000"),
            (123456789012345.0, "", "123456789012345.0"),
            (123456789012345.0, "g", "1.23457e+14"),
            (123456789012345.0, ".15g", "123456789012345"),
            (123456789012345.0, ",.1f", "123,456,789,012,345.0"),
            (1.0, "#", "1.0"),
            (1.0, "#g", "1.00000"),
            (1.0, "#.0f", "1."),
            (1.0, "#.0e", "1.e+00"),
            (1.0, "#.3", "1.00"),
            (1.0, "", "1.0"),
            (1.0, "g", "1"),
            (1.0, "%", "100.000000%"),
            (1.0, ".2%", "100.00%"),
            (1.0, "n", "1"),
            (1234567.891, ",.2f", "1,234,567.89"),
            (1234567.891, "_.2f", "1_234_567.89"),
            (1234567.891, ",", "1,234,567.891"),
            (1234567.891, "_", "1_234_567.891"),
            (1234567.891, ",e", "1.234568e+06"),
            (1234567.891, "015,.2f", "0,001,234,567.89"),
            (1234567.891, ">15,.1f", "    1,234,567.9"),
            (1234567.891, ",.0f", "1,234,568"),
            (1234567.891, "%", "123456789.100000%"),
            (1234567.891, ",.2%", "123,456,789.10%"),
            (-0.01, "z.1f", "0.0"),
            (-0.01, ".1f", "-0.0"),
            (-0.01, "z", "-0.01"),
            (-0.01, "z.0e", "-1e-02"),
            (-0.01, "z.1%", "-1.0%"),
            (-0.01, "+z.1f", "+0.0"),
            (-0.01, "z010.1f", "00000000.0"),
            (-0.06, "z.1f", "-0.1"),
            (-0.0, "", "-0.0"),
            (-0.0, "z", "0.0"),
            (-0.0, "z.0e", "0e+00"),
            (-0.0, "+", "-0.0"),
            (-0.0, "f", "-0.000000"),
            (-0.0, "z+.2f", "!ValueError: Invalid format specifier 'z+.2f' for object of type 'float'"),
            (-0.0, "e", "-0.000000e+00"),
            (0.0, "e", "0.000000e+00"),
            (0.0, "+", "+0.0"),
            (0.0, " ", " 0.0"),
            (0.0, "g", "0"),
            (0.0, "#g", "0.00000"),
            (0.0, ".0%", "0%"),
            (0.25, "%", "25.000000%"),
            (0.25, ".1%", "25.0%"),
            (0.25, "#.0%", "25.%"),
            (0.12345, ".1%", "12.3%"),
            (0.12345, ".2e", "1.23e-01"),
            (0.12345, "G", "0.12345"),
            (1.0e-300, "E", "1.000000E-300"),
            (1.0e-300, "G", "1E-300"),
            (1.0e-300, "g", "1e-300"),
            (1.0e-300, "", "1e-300"),
            (1.0e-10, "G", "1E-10"),
            (1.0e-10, "n", "1e-10"),
            (1.0e-10, ".1", "1e-10"),
            (f64::INFINITY, "F", "INF"),
            (f64::INFINITY, "f", "inf"),
            (f64::INFINITY, "", "inf"),
            (f64::INFINITY, "+", "+inf"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::INFINITY, "<10", "inf       "),
            (f64::INFINITY, "e", "inf"),
            (f64::INFINITY, "%", "inf%"),
            (f64::INFINITY, "z", "inf"),
            (f64::INFINITY, ",.2f", "inf"),
            (f64::INFINITY, "=10", "       inf"),
            (f64::INFINITY, "010,", "0000000inf"),
            (f64::NEG_INFINITY, "<10", "-inf      "),
            (f64::NEG_INFINITY, "010", "-000000inf"),
            (f64::NEG_INFINITY, "G", "-INF"),
            (f64::NEG_INFINITY, "z", "-inf"),
            (f64::NAN, "f", "nan"),
            (f64::NAN, "F", "NAN"),
            (f64::NAN, "+", "+nan"),
            (f64::NAN, "", "nan"),
            (f64::NAN, "010", "0000000nan"),
            (f64::NAN, " ", " nan"),
            (f64::NAN, "e", "nan"),
            (f64::NAN, "%", "nan%"),
            (2.675, ".2f", "2.67"),
            (2.675, ".3g", "2.67"),
            (2.675, ".2e", "2.67e+00"),
            (1.005, ".2f", "1.00"),
            (1.005, ".20f", "1.00499999999999989342"),
            (0.1, ".30f", "0.100000000000000005551115123126"),
            (0.1, ".17g", "0.10000000000000001"),
            (0.1, ".25e", "1.0000000000000000555111512e-01"),
            (0.1, ".0f", "0"),
            (0.1, "#.0f", "0."),
            (1.0e+300, ".500f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (1.0e+300, ".20e", "1.00000000000000005250e+300"),
            (1.0e+300, "f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
            (5.0e-324, ".330f", "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656"),
            (5.0e-324, "e", "4.940656e-324"),
            (5.0e-324, ".3e", "4.941e-324"),
            (5.0e-324, "g", "4.94066e-324"),
            (5.0e-324, "", "5e-324"),
            (1.7976931348623157e+308, "", "1.7976931348623157e+308"),
            (1.7976931348623157e+308, "f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
            (1.7976931348623157e+308, ",.0f", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368"),
            (1.7976931348623157e+308, "e", "1.797693e+308"),
            (123456789.0, "g", "1.23457e+08"),
            (123456789.0, ".0f", "123456789"),
            (123456789.0, "_", "123_456_789.0"),
            (123456789.0, ".3%", "12345678900.000%"),
            (1.0e+22, "f", "10000000000000000000000.000000"),
            (1.0e+22, "", "1e+22"),
            (1.0e+22, "g", "1e+22"),
            (-1234.5, "020.3e", "-00000000001.234e+03"),
            (-1234.5, "^20.3e", "     -1.234e+03     "),
            (-1234.5, "+020,.2f", "-0,000,000,001,234.50"),
            (-1234.5, " 015_.1f", "-0_000_001_234.5"),
            (-1234.5, "-", "-1234.5"),
            (-1234.5, "=20", "-             1234.5"),
            (-1234.5, "0=20.1f", "-00000000000001234.5"),
            (0.5, ".0f", "0"),
            (0.5, ".1f", "0.5"),
            (0.125, ".2f", "0.12"),
            (0.125, ".1e", "1.2e-01"),
            (0.375, ".2f", "0.38"),
            (1.5, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
            (1.5, "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'float'"),
            (1.5, "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
            (1.5, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
            (1.5, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
            (1.5, ",s", "!ValueError: Cannot specify ',' with 's'."),
            (1.5, "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (1.5, ",n", "!ValueError: Cannot specify ',' with 'n'."),
            (1.5, ".3000000000f", "!ValueError: precision too big"),
            (1.5, ".2147483648f", "!ValueError: precision too big"),
            (1.5, "y", "!ValueError: Unknown format code 'y' for object of type 'float'"),
            (1.5, "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'float'"),
            (1.5, ",_", "!ValueError: Cannot specify both ',' and '_'."),
            (1.5, ".", "!ValueError: Format specifier missing precision"),
            (1.5, "z,.3f", "1.500"),
            (1.5, "#x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        ];
        for (value, spec, expected) in cases {
            assert_eq!(fmt(*value, spec), *expected, "format({value:?}, {spec:?})");
        }
    }
}
