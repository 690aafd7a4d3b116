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
        let cases: &[(f64, &str, &str)] = &[];
        for (value, spec, expected) in cases {
            assert_eq!(fmt(*value, spec), *expected, "format({value:?}, {spec:?})");
        }
    }
}
