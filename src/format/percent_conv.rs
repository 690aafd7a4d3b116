//! Applying one `%` conversion to an already-resolved value: CPython's
//! `_PyUnicode_FormatLong` / `formatfloat` for the text, then `unicode_format_arg_output`
//! for sign, `0x` prefix, zero or space padding and justification.

use num_bigint::BigInt;
use num_traits::Signed;

use super::error::FormatError;
use super::float_text::{FloatStyle, FloatText, FloatTextOptions};
use super::int_fmt::digits_in_base;
use super::padding::{fill_size, pad_text, push_fill, sum_sizes, within_limit};
use super::percent::{PercentKind, PercentSpec};
use super::spec::Align;

/// Largest `%d`-family precision CPython zero-pads to (`INT_MAX - 3`).
const MAX_INT_PRECISION: usize = i32::MAX as usize - 3;

/// Formats an integer for `d i u o x X`. `width` and `precision` are the resolved values
/// (a `*` taken from the arguments; a negative `*` width means the caller sets
/// `spec.flags.minus` and passes its magnitude; a negative `*` precision is 0). Refused with
/// `TooLarge` before building a result over `limit` bytes.
pub fn percent_int(
    v: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    limit: usize,
) -> Result<String, FormatError> {
    accepted_kind(spec, &[PercentKind::Int])?;
    let precision = precision.unwrap_or(0);
    if precision > MAX_INT_PRECISION {
        return Err(FormatError::IntPrecisionTooLarge);
    }
    let (digits, prefix) = digits_in_base(v, spec.conv)?;
    let number = SignedText {
        negative: v.is_negative(),
        prefix: if spec.flags.hash { prefix } else { "" },
        zeros: precision.saturating_sub(digits.len()),
        body: &digits,
    };
    render(spec, number, width, limit)
}

/// Formats a float for `e E f F g G` (precision defaults to 6); `width` and `precision` as
/// for [`percent_int`]. Refused with `TooLarge` before building a result over `limit` bytes.
pub fn percent_float(
    v: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    limit: usize,
) -> Result<String, FormatError> {
    accepted_kind(spec, &[PercentKind::Float])?;
    let style = match spec.conv {
        'e' | 'E' => FloatStyle::Exponent,
        'g' | 'G' => FloatStyle::General,
        _ => FloatStyle::Fixed,
    };
    let options = FloatTextOptions {
        uppercase: spec.conv.is_ascii_uppercase(),
        alternate: spec.flags.hash,
        ..FloatTextOptions::default()
    };
    let text = FloatText::new(v, style, precision.unwrap_or(6), options);
    within_limit(Some(text.len()), limit)?;
    let body = text.render_unsigned();
    render(
        spec,
        SignedText {
            negative: text.is_negative(),
            prefix: "",
            zeros: 0,
            body: &body,
        },
        width,
        limit,
    )
}

/// Pads text for `s r a` (truncated to `precision` characters; the caller has applied
/// `str()`/`repr()`/`ascii()`) and `c` (the character; precision is ignored); `width` as for
/// [`percent_int`]. Refused with `TooLarge` before building a result over `limit` bytes.
pub fn percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    limit: usize,
) -> Result<String, FormatError> {
    let truncate = match accepted_kind(spec, &[PercentKind::Text, PercentKind::Char])? {
        PercentKind::Text => precision,
        _ => None,
    };
    let text = match truncate.and_then(|p| s.char_indices().nth(p)) {
        Some((end, _)) => s.get(..end).unwrap_or(s),
        None => s,
    };
    let align = if spec.flags.minus {
        Align::Left
    } else {
        Align::Right
    };
    pad_text(text, width, ' ', align, limit)
}

/// A number's text cut for padding: sign, prefix, zeros from the precision, digits.
#[derive(Debug, Clone, Copy)]
struct SignedText<'a> {
    negative: bool,
    prefix: &'a str,
    zeros: usize,
    body: &'a str,
}

/// Lays out a number in its field as `unicode_format_arg_output` does: with the `0` flag the
/// sign and prefix go before the zero padding, otherwise after the space padding; `-`
/// left-justifies with spaces.
fn render(
    spec: &PercentSpec,
    number: SignedText<'_>,
    width: Option<usize>,
    limit: usize,
) -> Result<String, FormatError> {
    let flags = spec.flags;
    let sign = match (number.negative, flags.plus, flags.space) {
        (true, _, _) => Some('-'),
        (false, true, _) => Some('+'),
        (false, false, true) => Some(' '),
        (false, false, false) => None,
    };
    let content = sum_sizes(&[
        usize::from(sign.is_some()),
        number.prefix.len(),
        number.zeros,
        number.body.len(),
    ])
    .unwrap_or(usize::MAX);
    let padding = width.unwrap_or(0).saturating_sub(content);
    let fill = if flags.zero && !flags.minus { '0' } else { ' ' };
    let size = within_limit(
        fill_size(fill, padding).and_then(|p| p.checked_add(content)),
        limit,
    )?;
    let mut out = String::with_capacity(size);
    if !flags.minus && fill == ' ' {
        push_fill(&mut out, ' ', padding);
    }
    out.extend(sign);
    out.push_str(number.prefix);
    if !flags.minus && fill == '0' {
        push_fill(&mut out, '0', padding);
    }
    push_fill(&mut out, '0', number.zeros);
    out.push_str(number.body);
    if flags.minus {
        push_fill(&mut out, ' ', padding);
    }
    Ok(out)
}

/// The spec's kind if it is one of `accepted`, else the "unsupported format character"
/// error (the caller dispatches on [`PercentSpec::kind`]; this guards against a mismatch).
fn accepted_kind(spec: &PercentSpec, accepted: &[PercentKind]) -> Result<PercentKind, FormatError> {
    let kind = spec.kind()?;
    if accepted.contains(&kind) {
        Ok(kind)
    } else {
        Err(FormatError::UnsupportedFormatChar {
            ch: spec.conv,
            index: spec.conv_index,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::percent::{parse_percent, PercentNum, PercentPiece};
    use super::*;

    /// The spec of a one-conversion template, with its written-out width and precision.
    fn spec_of(template: &str) -> (PercentSpec, Option<usize>, Option<usize>) {
        let fixed = |num: Option<PercentNum>| match num {
            Some(PercentNum::Fixed(n)) => Some(n),
            _ => None,
        };
        let spec = parse_percent(template)
            .unwrap()
            .into_iter()
            .find_map(|piece| match piece {
                PercentPiece::Spec(spec) => Some(spec),
                PercentPiece::Literal(_) => None,
            });
        let spec = spec.unwrap_or_else(|| panic!("no conversion in {template:?}"));
        let (width, precision) = (fixed(spec.width), fixed(spec.precision));
        (spec, width, precision)
    }

    #[test]
    fn ints_match_cpython() {
        // (template, value, template % value in CPython 3.11)
        let cases: &[(&str, &str, &str)] = &[
            ("%d", "0", "0"),
            ("%d", "-7", "-7"),
            ("%5d", "42", "   42"),
            ("%-5d", "42", "42   "),
            ("%05d", "-42", "-0042"),
            ("%+05d", "42", "+0042"),
            ("% 5d", "42", "   42"),
            ("%.3d", "7", "007"),
            ("%8.3d", "-7", "    -007"),
            ("%-8.3x", "255", "0ff     "),
            ("%#o", "0", "0o0"),
            ("%#x", "0", "0x0"),
            ("%#8X", "48879", "  0XBEEF"),
            ("%#-8o", "8", "0o10    "),
            ("%+#x", "255", "+0xff"),
            ("% #o", "-8", "-0o10"),
            (
                "%x",
                "1267650600228229401496703205376",
                "10000000000000000000000000",
            ),
            ("%#.10x", "-255", "-0x00000000ff"),
            ("%i", "12", "12"),
            ("%u", "-12", "-12"),
            ("%2d", "12345", "12345"),
            ("%#3x", "255", "0xff"),
            ("%0-5d", "3", "3    "),
        ];
        for (template, value, expected) in cases {
            let (spec, width, precision) = spec_of(template);
            let value: BigInt = value.parse().unwrap();
            assert_eq!(
                percent_int(&value, &spec, width, precision, 1 << 20).unwrap(),
                *expected,
                "{template:?}"
            );
        }
    }

    #[test]
    fn floats_match_cpython() {
        // (template, value, template % value in CPython 3.11)
        let cases: &[(&str, f64, &str)] = &[
            ("%f", 1.5, "1.500000"),
            ("%.0f", 0.5, "0"),
            ("%.0f", 1.5, "2"),
            ("%#.0f", 0.5, "0."),
            ("%10.3f", -4.56789, "    -4.568"),
            ("%-10.3f", 4.56789, "4.568     "),
            ("%010.3f", -4.56789, "-00004.568"),
            ("%+.2f", 0.0, "+0.00"),
            ("% .2f", -0.0, "-0.00"),
            ("%e", 0.0, "0.000000e+00"),
            ("%.0e", 12345.0, "1e+04"),
            ("%#.0e", 12345.0, "1.e+04"),
            ("%E", 1.0e+300, "1.000000E+300"),
            ("%g", 100000.0, "100000"),
            ("%g", 1000000.0, "1e+06"),
            ("%g", 0.0001, "0.0001"),
            ("%g", 1.0e-05, "1e-05"),
            ("%.0g", 0.5, "0.5"),
            ("%#.3g", 1.0, "1.00"),
            ("%G", f64::INFINITY, "INF"),
            ("%-6f", f64::NEG_INFINITY, "-inf  "),
            ("%06.1f", f64::NAN, "000nan"),
            ("%.1f", 0.25, "0.2"),
            ("%.1f", 0.35, "0.3"),
            ("%.2f", 2.675, "2.67"),
            ("%.3e", 5.0e-324, "4.941e-324"),
            ("%f", 1.0e+22, "10000000000000000000000.000000"),
            ("%F", -1.5, "-1.500000"),
        ];
        for (template, value, expected) in cases {
            let (spec, width, precision) = spec_of(template);
            assert_eq!(
                percent_float(*value, &spec, width, precision, 1 << 20).unwrap(),
                *expected,
                "{template:?}"
            );
        }
    }

    #[test]
    fn text_matches_cpython() {
        // (template, the str()/repr()/character, template % value in CPython 3.11)
        let cases: &[(&str, &str, &str)] = &[
            ("%s", "abc", "abc"),
            ("%5s", "abc", "  abc"),
            ("%-5s", "abc", "abc  "),
            ("%.1s", "abc", "a"),
            ("%.0s", "abc", ""),
            ("%5.2s", "abc", "   ab"),
            ("%05s", "ab", "   ab"),
            ("%+s", "ab", "ab"),
            ("% s", "ab", "ab"),
            ("%#s", "ab", "ab"),
            ("%3s", "héllo", "héllo"),
            ("%.2s", "héllo", "hé"),
            ("%7.3s", "日本語です", "    日本語"),
            ("%c", "x", "x"),
            ("%3c", "x", "  x"),
            ("%-3c", "é", "é  "),
            ("%.0c", "x", "x"),
            ("%r", "'q'", "'q'"),
            ("%.2r", "'q'", "'q"),
            ("%a", "'x'", "'x'"),
        ];
        for (template, value, expected) in cases {
            let (spec, width, precision) = spec_of(template);
            assert_eq!(
                percent_str(value, &spec, width, precision, 1 << 20).unwrap(),
                *expected,
                "{template:?}"
            );
        }
    }

    #[test]
    fn mismatched_conversions_and_huge_sizes_are_refused() {
        let (spec, _, _) = spec_of("%s");
        assert_eq!(
            percent_int(&BigInt::from(1), &spec, None, None, 100),
            Err(FormatError::UnsupportedFormatChar { ch: 's', index: 1 })
        );
        let (spec, _, _) = spec_of("%d");
        assert!(percent_str("x", &spec, None, None, 100).is_err());
        assert_eq!(
            percent_int(
                &BigInt::from(1),
                &spec,
                None,
                Some(MAX_INT_PRECISION + 1),
                usize::MAX
            ),
            Err(FormatError::IntPrecisionTooLarge)
        );
        assert!(matches!(
            percent_int(&BigInt::from(1), &spec, Some(usize::MAX), None, usize::MAX),
            Err(FormatError::TooLarge { .. })
        ));
        let (spec, _, _) = spec_of("%f");
        assert!(matches!(
            percent_float(1.0, &spec, None, Some(1 << 30), 1 << 20),
            Err(FormatError::TooLarge { .. })
        ));
    }
}
