//! `format(str, spec)` (CPython's `format_string_internal`), and plain padding of text that
//! some other conversion already produced.

use super::error::FormatError;
use super::padding::pad_text;
use super::spec::{Align, FormatSpec, Sign};

/// Formats a string per `spec` (type `s` or none; precision truncates to that many
/// characters, width pads), for a value whose Python type is `type_name` (named in "Unknown
/// format code" errors). Refused with `TooLarge` if the result would exceed `limit` bytes.
pub fn format_str(
    s: &str,
    spec: &FormatSpec,
    type_name: &str,
    limit: usize,
) -> Result<String, FormatError> {
    let code = spec.ty.unwrap_or('s');
    spec.grouping_for(Some(code))?;
    if code != 's' {
        return Err(FormatError::UnknownFormatCode {
            code,
            type_name: type_name.to_string(),
        });
    }
    match spec.sign {
        Sign::Unspecified => {}
        Sign::Space => return Err(FormatError::SpaceInString),
        Sign::Plus | Sign::Minus => return Err(FormatError::SignInString),
    }
    if spec.z {
        return Err(FormatError::NegativeZeroCoercion { target: "string" });
    }
    if spec.alternate {
        return Err(FormatError::AlternateInString);
    }
    let align = spec.align_or(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::EqualsAlignInString);
    }
    let truncated = match spec.precision {
        Some(precision) => s
            .char_indices()
            .nth(precision)
            .map_or(s, |(end, _)| s.get(..end).unwrap_or(s)),
        None => s,
    };
    pad_text(truncated, spec.width, spec.fill, align, limit)
}

/// Pads an already-converted `s` to the spec's width with its fill and alignment (the
/// spec's own alignment, else `default_align`); the spec's other options are not looked at.
/// Refused with `TooLarge` if the result would exceed `limit` bytes.
pub fn pad(
    s: &str,
    spec: &FormatSpec,
    default_align: Align,
    limit: usize,
) -> Result<String, FormatError> {
    pad_text(
        s,
        spec.width,
        spec.fill,
        spec.align.unwrap_or(default_align),
        limit,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(value: &str, spec: &str) -> String {
        let result =
            FormatSpec::parse(spec, "str").and_then(|s| format_str(value, &s, "str", 1 << 20));
        result.unwrap_or_else(|e| format!("!{}: {e}", e.exception_type()))
    }

    #[test]
    fn matches_cpython_format() {
        // (value, spec, format(value, spec) in CPython 3.11, or '!' + exception)
        let cases: &[(&str, &str, &str)] = &[
            ("abc", "", "abc"),
            ("abc", "10", "abc       "),
            ("abc", ">10", "       abc"),
            ("abc", "^10", "   abc    "),
            ("abc", "*^11", "****abc****"),
            ("abc", "*^10", "***abc****"),
            ("abc", ".2", "ab"),
            ("abc", "5.2", "ab   "),
            ("abc", "^5.1", "  a  "),
            ("abc", "010", "abc0000000"),
            ("abc", "<010", "abc0000000"),
            ("abc", ">010", "0000000abc"),
            ("abc", "0^7", "00abc00"),
            ("abc", ".0", ""),
            ("abc", "2", "abc"),
            ("abc", "s", "abc"),
            ("abc", "<s", "abc"),
            ("abc", "é>6", "éééabc"),
            ("abc", "{^7", "{{abc{{"),
            ("abc", "}<5", "abc}}"),
            (
                "abc",
                "+",
                "!ValueError: Sign not allowed in string format specifier",
            ),
            (
                "abc",
                " ",
                "!ValueError: Space not allowed in string format specifier",
            ),
            (
                "abc",
                "-",
                "!ValueError: Sign not allowed in string format specifier",
            ),
            (
                "abc",
                "z",
                "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                "abc",
                "#",
                "!ValueError: Alternate form (#) not allowed in string format specifier",
            ),
            (
                "abc",
                "=10",
                "!ValueError: '=' alignment not allowed in string format specifier",
            ),
            (
                "abc",
                "0=10",
                "!ValueError: '=' alignment not allowed in string format specifier",
            ),
            ("abc", ",", "!ValueError: Cannot specify ',' with 's'."),
            ("abc", "_", "!ValueError: Cannot specify '_' with 's'."),
            (
                "abc",
                "d",
                "!ValueError: Unknown format code 'd' for object of type 'str'",
            ),
            (
                "abc",
                "abc",
                "!ValueError: Invalid format specifier 'abc' for object of type 'str'",
            ),
            (
                "abc",
                "s,",
                "!ValueError: Invalid format specifier 's,' for object of type 'str'",
            ),
            (
                "abc",
                "+s",
                "!ValueError: Sign not allowed in string format specifier",
            ),
            (
                "abc",
                ".",
                "!ValueError: Format specifier missing precision",
            ),
            ("abc", ",s", "!ValueError: Cannot specify ',' with 's'."),
            ("abc", "_s", "!ValueError: Cannot specify '_' with 's'."),
            (
                "abc",
                "9999999999999999999999999",
                "!ValueError: Too many decimal digits in format string",
            ),
            (
                "abc",
                ".9999999999999999999999999",
                "!ValueError: Too many decimal digits in format string",
            ),
            ("", "5", "     "),
            ("", ".3", ""),
            ("", "*^4", "****"),
            ("héllo wörld", ".4", "héll"),
            ("héllo wörld", "^15", "  héllo wörld  "),
            ("héllo wörld", "-<15.5", "héllo----------"),
            ("日本", ">4", "  日本"),
            ("日本", "*^5", "*日本**"),
            ("日本", ".1", "日"),
        ];
        for (value, spec, expected) in cases {
            assert_eq!(fmt(value, spec), *expected, "format({value:?}, {spec:?})");
        }
    }

    #[test]
    fn pad_uses_only_fill_alignment_and_width() {
        let spec = FormatSpec::parse("*^+9.1", "object").unwrap();
        assert_eq!(pad("abc", &spec, Align::Left, 100).unwrap(), "***abc***");
        let spec = FormatSpec::parse("6", "object").unwrap();
        assert_eq!(pad("abc", &spec, Align::Right, 100).unwrap(), "   abc");
        assert!(matches!(
            pad("abc", &spec, Align::Right, 5),
            Err(FormatError::TooLarge { .. })
        ));
    }
}
