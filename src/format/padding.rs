//! Sizing and padding shared by every formatter: results are measured (in bytes, with
//! overflow-checked arithmetic, since widths come from user input) and refused when over the
//! caller's limit before anything that large is allocated.

use super::error::FormatError;
use super::spec::Align;

/// Adds up byte counts; `None` once the sum would overflow `usize`.
pub(crate) fn sum_sizes(sizes: &[usize]) -> Option<usize> {
    sizes
        .iter()
        .try_fold(0usize, |total, size| total.checked_add(*size))
}

/// Bytes taken by `count` copies of `fill`.
pub(crate) fn fill_size(fill: char, count: usize) -> Option<usize> {
    count.checked_mul(fill.len_utf8())
}

/// Passes a measured size through if it fits in `limit` and in what one allocation may hold
/// (`isize::MAX` bytes, so even an unlimited caller never makes `String` panic); an
/// overflowed size never fits.
pub(crate) fn within_limit(size: Option<usize>, limit: usize) -> Result<usize, FormatError> {
    let allowed = limit.min(isize::MAX as usize);
    match size {
        Some(needed) if needed <= allowed => Ok(needed),
        Some(needed) => Err(FormatError::TooLarge { needed, limit }),
        None => Err(FormatError::TooLarge {
            needed: usize::MAX,
            limit,
        }),
    }
}

/// Appends `count` copies of `fill`.
pub(crate) fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// Padding before and after a text of `length` characters in a field of `width`, as
/// CPython's `calc_padding` splits it (`=` acts like `<` here; centring puts the odd
/// character on the right).
pub(crate) fn split_padding(length: usize, width: Option<usize>, align: Align) -> (usize, usize) {
    let padding = width.map_or(0, |width| width.saturating_sub(length));
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    (left, padding - left)
}

/// `text` padded with `fill` to `width` characters, aligned as asked; refused when the result
/// would be more than `limit` bytes.
pub(crate) fn pad_text(
    text: &str,
    width: Option<usize>,
    fill: char,
    align: Align,
    limit: usize,
) -> Result<String, FormatError> {
    let (left, right) = split_padding(text.chars().count(), width, align);
    let size = within_limit(
        fill_size(fill, left.saturating_add(right)).and_then(|pad| pad.checked_add(text.len())),
        limit,
    )?;
    let mut out = String::with_capacity(size);
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, right);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_by_characters_and_limits_by_bytes() {
        assert_eq!(
            pad_text("ab", Some(5), '*', Align::Center, 100),
            Ok("*ab**".to_string())
        );
        assert_eq!(
            pad_text("é", Some(3), 'é', Align::Right, 100),
            Ok("ééé".to_string())
        );
        assert_eq!(
            pad_text("abc", Some(2), ' ', Align::Left, 100),
            Ok("abc".to_string())
        );
        assert_eq!(
            pad_text("x", Some(999_999_999), ' ', Align::Right, 1000),
            Err(FormatError::TooLarge {
                needed: 999_999_999,
                limit: 1000
            })
        );
        assert!(pad_text("x", Some(usize::MAX), 'é', Align::Right, usize::MAX).is_err());
    }
}
