//! Unicode decimal digits (category Nd): CPython reads them wherever it reads a number from
//! text — `int()`, `float()`, widths and precisions in format specs, `str.format` field
//! indices — so `int('١٢')` is 12 and `format(1, '٣')` is `'  1'`.

use std::borrow::Cow;

/// The digit zero of every run of ten decimal digits in Unicode 14.0 (CPython 3.11's
/// `unicodedata`); each run holds the digits 0..=9 in order.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit in any script (CPython's `Py_UNICODE_TODECIMAL`).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let code = u32::from(c);
    let run = DIGIT_ZEROS
        .partition_point(|zero| *zero <= code)
        .checked_sub(1)?;
    let value = code - DIGIT_ZEROS.get(run)?;
    (value < 10).then_some(value)
}

/// The text `int()` and `float()` actually parse (CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`): non-ASCII whitespace becomes a space and
/// non-ASCII digits their ASCII digit; `None` when any other non-ASCII character makes the
/// text invalid anyway.
pub(crate) fn ascii_number_text(s: &str) -> Option<Cow<'_, str>> {
    if s.is_ascii() {
        return Some(Cow::Borrowed(s));
    }
    s.chars()
        .map(|c| match c {
            c if c.is_ascii() => Some(c),
            c if c.is_whitespace() => Some(' '),
            c => decimal_value(c).and_then(|value| char::from_digit(value, 10)),
        })
        .collect::<Option<String>>()
        .map(Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script() {
        // unicodedata.decimal() in CPython 3.11.
        let cases = [
            ('7', Some(7)),
            ('a', None),
            ('\u{663}', Some(3)),
            ('\u{ff19}', Some(9)),
            ('\u{1d7ce}', Some(0)),
            ('\u{1d7d7}', Some(9)),
            ('\u{1d7d8}', Some(0)),
            ('\u{1fbf9}', Some(9)),
            ('\u{19da}', None),
            ('\u{2155}', None),
            ('\u{1fbfa}', None),
        ];
        for (c, expected) in cases {
            assert_eq!(decimal_value(c), expected, "{c:?}");
        }
    }

    #[test]
    fn number_text_becomes_ascii() {
        assert_eq!(
            ascii_number_text("\u{a0}\u{663}.5\u{3000}").as_deref(),
            Some(" 3.5 ")
        );
        assert_eq!(ascii_number_text("1\u{e9}"), None);
        assert_eq!(ascii_number_text(" 12 ").as_deref(), Some(" 12 "));
    }
}
