//! The elements of `str` and `bytes` texts: code points and bytes, as one [`Unit`] trait
//! with each type's classification (`isalpha`, `isspace`, …) and case mapping, and the
//! case algorithms (`title`, `swapcase`, `istitle`, …) written once over it. Code points
//! are classified with tables generated from CPython's `unicodedata` (`unicode_data`), so
//! results match CPython where Rust's `char` methods use other Unicode properties.

use super::unicode_data::{ALPHA, DECIMAL, DIGIT_EXTRA, NUMERIC_EXTRA, TITLE_EXCEPTIONS};

/// One element of a text: a code point of a `str` or a byte of a `bytes`, with the
/// per-element classification and case mapping each type defines.
pub(crate) trait Unit: Copy + Ord + 'static {
    /// The unit for an ASCII character (padding, zeros, signs).
    fn from_ascii(b: u8) -> Self;
    /// The first unit of `bytes` and its width in bytes.
    fn decode(bytes: &[u8]) -> Option<(Self, usize)>;
    /// The last unit of `bytes` and its width in bytes.
    fn decode_back(bytes: &[u8]) -> Option<(Self, usize)>;
    /// Appends the unit's encoding.
    fn encode(self, out: &mut Vec<u8>);
    /// Whether this unit is ASCII `c`.
    fn is(self, c: u8) -> bool;
    /// `isspace`: what `split()` and `strip()` treat as whitespace.
    fn is_space(self) -> bool;
    /// What `splitlines` breaks at.
    fn is_line_break(self) -> bool;
    /// `isalpha`.
    fn is_alpha(self) -> bool;
    /// `isdecimal`.
    fn is_decimal(self) -> bool;
    /// `isdigit`.
    fn is_digit(self) -> bool;
    /// `isnumeric`.
    fn is_numeric(self) -> bool;
    /// Has the Uppercase property.
    fn is_upper(self) -> bool;
    /// Has the Lowercase property.
    fn is_lower(self) -> bool;
    /// Is a titlecase letter (category Lt).
    fn is_title(self) -> bool;
    /// Appends the unit's full uppercase mapping.
    fn push_upper(self, out: &mut Vec<u8>);
    /// Appends the unit's full lowercase mapping.
    fn push_lower(self, out: &mut Vec<u8>);
    /// Appends the unit's full titlecase mapping.
    fn push_title(self, out: &mut Vec<u8>);
    /// Appends the lowercase of this unit, found at byte `at` of `text`: the same as
    /// [`Unit::push_lower`] except for the Greek capital sigma, whose lowercase depends on
    /// whether it ends a word.
    fn push_lower_in(self, text: &[u8], at: usize, out: &mut Vec<u8>) {
        let _ = (text, at);
        self.push_lower(out);
    }
    /// `lower()` of a whole text (overridden by `char` for the context-dependent final sigma).
    fn lower_all(bytes: &[u8]) -> Vec<u8> {
        map_units::<Self>(bytes, |_, u, out| u.push_lower(out))
    }
    /// `upper()` of a whole text.
    fn upper_all(bytes: &[u8]) -> Vec<u8> {
        map_units::<Self>(bytes, |_, u, out| u.push_upper(out))
    }

    /// `isalnum`.
    fn is_alnum(self) -> bool {
        self.is_alpha() || self.is_numeric()
    }

    /// Cased in the Unicode sense: what `title()` and `istitle()` track.
    fn is_cased(self) -> bool {
        self.is_upper() || self.is_lower() || self.is_title()
    }
}

impl Unit for u8 {
    fn from_ascii(b: u8) -> Self {
        b
    }
    fn decode(bytes: &[u8]) -> Option<(Self, usize)> {
        bytes.first().map(|&b| (b, 1))
    }
    fn decode_back(bytes: &[u8]) -> Option<(Self, usize)> {
        bytes.last().map(|&b| (b, 1))
    }
    fn encode(self, out: &mut Vec<u8>) {
        out.push(self);
    }
    fn is(self, c: u8) -> bool {
        self == c
    }
    fn is_space(self) -> bool {
        matches!(self, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    }
    fn is_line_break(self) -> bool {
        matches!(self, b'\n' | b'\r')
    }
    fn is_alpha(self) -> bool {
        self.is_ascii_alphabetic()
    }
    fn is_decimal(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_digit(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_numeric(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_upper(self) -> bool {
        self.is_ascii_uppercase()
    }
    fn is_lower(self) -> bool {
        self.is_ascii_lowercase()
    }
    fn is_title(self) -> bool {
        false
    }
    fn push_upper(self, out: &mut Vec<u8>) {
        out.push(self.to_ascii_uppercase());
    }
    fn push_lower(self, out: &mut Vec<u8>) {
        out.push(self.to_ascii_lowercase());
    }
    fn push_title(self, out: &mut Vec<u8>) {
        out.push(self.to_ascii_uppercase());
    }
}

impl Unit for char {
    fn from_ascii(b: u8) -> Self {
        char::from(b)
    }
    fn decode(bytes: &[u8]) -> Option<(Self, usize)> {
        let first = *bytes.first()?;
        let (width, bits) = match first {
            0..=0x7f => return Some((char::from(first), 1)),
            0xc0..=0xdf => (2, first & 0x1f),
            0xe0..=0xef => (3, first & 0x0f),
            _ => (4, first & 0x07),
        };
        let mut code = u32::from(bits);
        for &b in bytes.get(1..width)? {
            code = (code << 6) | u32::from(b & 0x3f);
        }
        char::from_u32(code).map(|c| (c, width))
    }
    fn decode_back(bytes: &[u8]) -> Option<(Self, usize)> {
        let start = (bytes.len().saturating_sub(4)..bytes.len())
            .rev()
            .find(|&i| bytes.get(i).is_some_and(|b| b & 0xc0 != 0x80))?;
        Self::decode(bytes.get(start..)?)
    }
    fn encode(self, out: &mut Vec<u8>) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(self.encode_utf8(&mut buf).as_bytes());
    }
    fn is(self, c: u8) -> bool {
        self == char::from(c)
    }
    fn is_space(self) -> bool {
        self.is_whitespace() || ('\x1c'..='\x1f').contains(&self)
    }
    fn is_line_break(self) -> bool {
        matches!(
            self,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    }
    fn is_alpha(self) -> bool {
        if self.is_ascii() {
            self.is_ascii_alphabetic()
        } else {
            in_table(ALPHA, self)
        }
    }
    fn is_decimal(self) -> bool {
        self.is_ascii_digit() || (!self.is_ascii() && in_table(DECIMAL, self))
    }
    fn is_digit(self) -> bool {
        Unit::is_decimal(self) || (!self.is_ascii() && in_table(DIGIT_EXTRA, self))
    }
    fn is_numeric(self) -> bool {
        Unit::is_digit(self) || (!self.is_ascii() && in_table(NUMERIC_EXTRA, self))
    }
    fn is_upper(self) -> bool {
        self.is_uppercase()
    }
    fn is_lower(self) -> bool {
        self.is_lowercase()
    }
    fn is_title(self) -> bool {
        matches!(self as u32,
            0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
    }
    fn push_upper(self, out: &mut Vec<u8>) {
        self.to_uppercase().for_each(|c| c.encode(out));
    }
    fn push_lower(self, out: &mut Vec<u8>) {
        self.to_lowercase().for_each(|c| c.encode(out));
    }
    fn push_title(self, out: &mut Vec<u8>) {
        match self as u32 {
            // Georgian Mkhedruli letters are their own titlecase (uppercase is Mtavruli).
            0x10d0..=0x10fa | 0x10fd..=0x10ff => self.encode(out),
            // Greek letters with ypogegrammeni map to the prosgegrammeni form.
            0x1f80..=0x1faf => char::from_u32(self as u32 | 8).unwrap_or(self).encode(out),
            _ => match TITLE_EXCEPTIONS.binary_search_by_key(&self, |&(c, _)| c) {
                Ok(i) => out
                    .extend_from_slice(TITLE_EXCEPTIONS.get(i).map_or("", |&(_, t)| t).as_bytes()),
                Err(_) => self.push_upper(out),
            },
        }
    }
    fn push_lower_in(self, text: &[u8], at: usize, out: &mut Vec<u8>) {
        if self == 'Σ' && is_final_sigma(text, at) {
            'ς'.encode(out);
        } else {
            self.push_lower(out);
        }
    }
    fn lower_all(bytes: &[u8]) -> Vec<u8> {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_lowercase().into_bytes(),
            Err(_) => map_units::<Self>(bytes, |_, u, out| u.push_lower(out)),
        }
    }
    fn upper_all(bytes: &[u8]) -> Vec<u8> {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_uppercase().into_bytes(),
            Err(_) => map_units::<Self>(bytes, |_, u, out| u.push_upper(out)),
        }
    }
}

/// Whether `c` falls in one of a flat `start, end, start, end, …` range table.
fn in_table(table: &[u32], c: char) -> bool {
    let code = c as u32;
    let (mut lo, mut hi) = (0usize, table.len() / 2);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let (start, end) = (
            table.get(2 * mid).copied().unwrap_or(0),
            table.get(2 * mid + 1).copied().unwrap_or(0),
        );
        if code < start {
            hi = mid;
        } else if code > end {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

/// `casefold()` of one character: the lowercase of its uppercase, except where Unicode's
/// case folding differs from that (Cherokee folds to uppercase).
pub(crate) fn push_casefold(c: char, out: &mut Vec<u8>) {
    match c as u32 {
        0x13f8..=0x13fd | 0xab70..=0xabbf => c.push_upper(out),
        0x13a0..=0x13f5 | 0x131 => c.encode(out),
        0x1e9e => out.extend_from_slice(b"ss"),
        _ => c.to_uppercase().for_each(|u| u.push_lower(out)),
    }
}

/// Iterates the units of `bytes` with their byte offsets.
pub(crate) fn units<U: Unit>(bytes: &[u8]) -> impl Iterator<Item = (usize, U)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let (u, width) = U::decode(bytes.get(pos..)?)?;
        let at = pos;
        pos += width;
        Some((at, u))
    })
}

/// Builds a new text by mapping each unit to its replacement.
/// The callback gets each unit's byte offset, the unit and the output.
pub(crate) fn map_units<U: Unit>(
    bytes: &[u8],
    mut f: impl FnMut(usize, U, &mut Vec<u8>),
) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (at, u) in units::<U>(bytes) {
        f(at, u, &mut out);
    }
    out
}

/// Whether the capital sigma at byte `at` of `text` ends a word, so lowercases to `ς`:
/// a cased letter comes before it and none after it (ignoring case-ignorable characters
/// such as apostrophes and combining accents), as CPython's `handle_capital_sigma` decides.
fn is_final_sigma(text: &[u8], at: usize) -> bool {
    let cased_before = {
        let mut end = at;
        loop {
            match text.get(..end).and_then(char::decode_back) {
                Some((c, w)) if is_case_ignorable(c) => end -= w,
                Some((c, _)) => break Unit::is_cased(c),
                None => break false,
            }
        }
    };
    let cased_after = {
        let mut start = at + 'Σ'.len_utf8();
        loop {
            match text.get(start..).and_then(char::decode) {
                Some((c, w)) if is_case_ignorable(c) => start += w,
                Some((c, _)) => break Unit::is_cased(c),
                None => break false,
            }
        }
    };
    cased_before && !cased_after
}

/// An approximation of Unicode's Case_Ignorable property: apostrophes, word-internal
/// punctuation, modifier letters and combining marks.
fn is_case_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x27 | 0x2e | 0x3a | 0x5e | 0x60 | 0xa8 | 0xad | 0xaf | 0xb4 | 0xb7 | 0xb8
        | 0x2b0..=0x36f | 0x2018 | 0x2019 | 0x2024 | 0x2027 | 0x200b..=0x200f
        | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe00..=0xfe0f | 0xfe20..=0xfe2f)
}
/// `title()`: the first cased unit of each word titlecased, the rest lowercased.
pub(crate) fn title<U: Unit>(bytes: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    map_units::<U>(bytes, |at, u, out| {
        if previous_cased {
            u.push_lower_in(bytes, at, out);
        } else {
            u.push_title(out);
        }
        previous_cased = u.is_cased();
    })
}

/// `capitalize()`: the first unit titlecased (uppercased for bytes), the rest lowercased.
pub(crate) fn capitalize<U: Unit>(bytes: &[u8]) -> Vec<u8> {
    let mut first = true;
    map_units::<U>(bytes, |at, u, out| {
        if first {
            u.push_title(out);
            first = false;
        } else {
            u.push_lower_in(bytes, at, out);
        }
    })
}

/// `swapcase()`.
pub(crate) fn swapcase<U: Unit>(bytes: &[u8]) -> Vec<u8> {
    map_units::<U>(bytes, |at, u, out| {
        if u.is_upper() {
            u.push_lower_in(bytes, at, out);
        } else if u.is_lower() {
            u.push_upper(out);
        } else {
            u.encode(out);
        }
    })
}

/// `istitle()`.
pub(crate) fn is_title<U: Unit>(bytes: &[u8]) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for (_, u) in units::<U>(bytes) {
        if u.is_upper() || u.is_title() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if u.is_lower() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `isupper()` (`upper`) or `islower()` (`!upper`): some cased unit, and none of the other case.
pub(crate) fn is_one_case<U: Unit>(bytes: &[u8], upper: bool) -> bool {
    let mut cased = false;
    for (_, u) in units::<U>(bytes) {
        let (this, other) = if upper {
            (u.is_upper(), u.is_lower())
        } else {
            (u.is_lower(), u.is_upper())
        };
        if other || u.is_title() {
            return false;
        }
        cased |= this;
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_classification_follows_cpython() {
        assert!(
            Unit::is_digit('³')
                && !'³'.is_decimal()
                && Unit::is_numeric('½')
                && !Unit::is_digit('½')
        );
        assert!('٣'.is_decimal() && 'é'.is_alpha() && !'Ⅻ'.is_alpha() && 'Ⅻ'.is_numeric());
        assert!('\x1c'.is_space() && '\u{a0}'.is_space() && !'\u{200b}'.is_space());
        let mut out = Vec::new();
        'ǆ'.push_title(&mut out);
        'ß'.push_title(&mut out);
        push_casefold('ß', &mut out);
        push_casefold('ς', &mut out);
        assert_eq!(String::from_utf8(out).unwrap_or_default(), "ǅSsssσ");
    }

    #[test]
    fn final_sigma_in_case_algorithms() {
        let text = |b: Vec<u8>| String::from_utf8(b).unwrap_or_default();
        assert_eq!(text(swapcase::<char>("ΣΑΣ".as_bytes())), "σας");
        assert_eq!(text(title::<char>("ΣΑΣ ΣΑΣ".as_bytes())), "Σας Σας");
        assert_eq!(text(swapcase::<char>("AΣ".as_bytes())), "aς");
        assert_eq!(text(swapcase::<char>("Σ".as_bytes())), "σ");
        assert_eq!(text(capitalize::<char>("ΑΣ'Α".as_bytes())), "Ασ'α");
    }
}
