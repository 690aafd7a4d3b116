//! Placing a formatted number in its field: sign, `0x`-style prefix, thousands grouping
//! (which also absorbs `0`-padding, so `format(1, '06,')` is `'00,001'`), decimal point,
//! the rest, and fill — CPython's `calc_number_widths` + `fill_number`.

use super::error::FormatError;
use super::padding::{fill_size, push_fill, sum_sizes, within_limit};
use super::spec::{Align, FormatSpec, Grouping, Sign};

/// A number already converted to text, cut where the field layout needs it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or upper-case) for `#`; empty otherwise.
    pub prefix: &'a str,
    /// ASCII integer digits that grouping and `0`-padding apply to (empty for `inf`, `nan`, `c`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_point: bool,
    /// Everything after the point (or after the digits when there is none): fraction,
    /// exponent, `%`, `inf`, or the character of `c`.
    pub remainder: &'a str,
}

/// Renders `parts` in the field described by `spec` (sign, fill, alignment, width), grouping
/// the digits when asked; refused when the result would be more than `limit` bytes.
pub(crate) fn render_number(
    parts: NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Option<Grouping>,
    limit: usize,
) -> Result<String, FormatError> {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Sign::Plus, false) => Some('+'),
        (Sign::Space, false) => Some(' '),
        (Sign::Unspecified | Sign::Minus, false) => None,
    };
    let align = spec.align_or(Align::Right);
    let width = spec.width.unwrap_or(0);
    let non_digit_chars = sum_sizes(&[
        usize::from(sign.is_some()),
        parts.prefix.len(),
        usize::from(parts.has_point),
        parts.remainder.chars().count(),
    ])
    .unwrap_or(usize::MAX);
    let zero_padded_width = if spec.fill == '0' && align == Align::AfterSign {
        width.saturating_sub(non_digit_chars)
    } else {
        0
    };
    let digit_positions = if parts.digits.is_empty() {
        0
    } else {
        positions_for_width(parts.digits.len(), zero_padded_width, grouping)
    };
    let grouped_chars = grouped_length(digit_positions, grouping);
    let padding = width.saturating_sub(non_digit_chars.saturating_add(grouped_chars));
    let (left, inner, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let separator_bytes = grouping.map_or(0, |g| g.separator.len_utf8());
    let grouped_bytes = grouped_chars
        .checked_sub(digit_positions)
        .and_then(|separators| separators.checked_mul(separator_bytes))
        .and_then(|bytes| bytes.checked_add(digit_positions));
    let size = within_limit(
        fill_size(spec.fill, padding).and_then(|fill_bytes| {
            sum_sizes(&[
                fill_bytes,
                usize::from(sign.is_some()),
                parts.prefix.len(),
                grouped_bytes?,
                usize::from(parts.has_point),
                parts.remainder.len(),
            ])
        }),
        limit,
    )?;
    let mut out = String::with_capacity(size);
    push_fill(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, inner);
    push_grouped(&mut out, parts.digits, digit_positions, grouping);
    if parts.has_point {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// How many digit positions (real digits plus leading zeros) CPython's grouping produces for
/// `digits` digits in at least `min_width` characters: the fewest that reach the width, never
/// ending the width on a bare separator (so `'04,'` gives `0,001`, not `,001`).
fn positions_for_width(digits: usize, min_width: usize, grouping: Option<Grouping>) -> usize {
    let Some(Grouping { interval, .. }) = grouping else {
        return digits.max(min_width);
    };
    // Separators take about one in interval+1 characters: start just below the answer.
    let mut positions = digits.max(min_width - min_width / (interval + 1)).max(1);
    while grouped_length(positions, grouping) < min_width {
        positions += 1;
    }
    positions
}

/// Characters taken by `positions` digits once separators are inserted.
fn grouped_length(positions: usize, grouping: Option<Grouping>) -> usize {
    match grouping {
        Some(Grouping { interval, .. }) if positions > 0 => {
            positions.saturating_add((positions - 1) / interval)
        }
        _ => positions,
    }
}

/// Writes `digits` right-aligned in `positions` places (zeros in front), separated every
/// `interval` places counting from the right.
fn push_grouped(out: &mut String, digits: &str, positions: usize, grouping: Option<Grouping>) {
    let zeros = std::iter::repeat_n('0', positions.saturating_sub(digits.len()));
    for (index, digit) in zeros.chain(digits.chars()).enumerate() {
        out.push(digit);
        let from_right = positions - 1 - index;
        if let Some(Grouping {
            separator,
            interval,
        }) = grouping
        {
            if from_right > 0 && from_right % interval == 0 {
                out.push(separator);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(
        digits: &str,
        remainder: &str,
        negative: bool,
        spec_text: &str,
        grouping: Option<Grouping>,
    ) -> String {
        let spec = match FormatSpec::parse(spec_text, "int") {
            Ok(spec) => spec,
            Err(error) => panic!("{error}"),
        };
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            has_point: false,
            remainder,
        };
        match render_number(parts, &spec, grouping, 1 << 20) {
            Ok(text) => text,
            Err(error) => panic!("{error}"),
        }
    }

    const COMMA: Option<Grouping> = Some(Grouping {
        separator: ',',
        interval: 3,
    });

    #[test]
    fn zero_padding_is_grouped_like_cpython() {
        // format(1, '06,'), format(1, '04,'), format(-1234, '010,'), format(1234567, ',')
        assert_eq!(render("1", "", false, "06", COMMA), "00,001");
        assert_eq!(render("1", "", false, "04", COMMA), "0,001");
        assert_eq!(render("1234", "", true, "010", COMMA), "-0,001,234");
        assert_eq!(render("1234567", "", false, "", COMMA), "1,234,567");
        // format(float('inf'), '010'): no digits, so the zeros are plain padding.
        assert_eq!(render("", "inf", false, "010", None), "0000000inf");
    }

    #[test]
    fn grouping_positions_match_cpython_simulation() {
        // Checked against format(int('9'*n), f'0{w},') for n in 1..12, w in 0..30.
        for digits in 1..12usize {
            for width in 0..30usize {
                let positions = positions_for_width(digits, width, COMMA);
                let mut expected = digits;
                while expected + (expected - 1) / 3 < width {
                    expected += 1;
                }
                assert_eq!(positions, expected, "{digits} digits, width {width}");
            }
        }
    }

    #[test]
    fn oversized_width_is_refused_before_allocation() {
        let spec = FormatSpec {
            width: Some(usize::MAX),
            ..FormatSpec::parse("", "int").unwrap_or_else(|e| panic!("{e}"))
        };
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "1",
            has_point: false,
            remainder: "",
        };
        assert!(matches!(
            render_number(parts, &spec, COMMA, 1000),
            Err(FormatError::TooLarge { .. })
        ));
        let zero = FormatSpec {
            width: Some(usize::MAX / 2),
            ..FormatSpec::parse("0", "int").unwrap_or_else(|e| panic!("{e}"))
        };
        assert!(matches!(
            render_number(parts, &zero, COMMA, 1000),
            Err(FormatError::TooLarge { .. })
        ));
    }
}
