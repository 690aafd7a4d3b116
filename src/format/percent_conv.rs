//! Applying one `%` conversion to an already-resolved value: CPython's
//! `_PyUnicode_FormatLong` / `formatfloat` for the text, then `unicode_format_arg_output`
//! for sign, `0x` prefix, zero or space padding and justification.

use num_bigint::BigInt;
use num_traits::Signed;

use super::error::FormatError;
use super::float_text::{FloatStyle, FloatText, FloatTextOptions};
use super::padding::{fill_size, push_fill, sum_sizes, within_limit};
use super::percent::{PercentKind, PercentSpec};

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
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
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
    let rendered = text.render();
    let (negative, body) = match rendered.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, rendered.as_str()),
    };
    render(
        spec,
        SignedText {
            negative,
            prefix: "",
            zeros: 0,
            body,
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
    let length = text.chars().count();
    let padding = width.unwrap_or(0).saturating_sub(length);
    let size = within_limit(padding.checked_add(text.len()), limit)?;
    let mut out = String::with_capacity(size);
    if !spec.flags.minus {
        push_fill(&mut out, ' ', padding);
    }
    out.push_str(text);
    if spec.flags.minus {
        push_fill(&mut out, ' ', padding);
    }
    Ok(out)
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
    .ok_or(FormatError::TooLarge {
        needed: usize::MAX,
        limit,
    })?;
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
    use super::*;
}
