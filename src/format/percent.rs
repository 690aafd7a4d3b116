//! printf-style `%` templates (`'%-5d|%(name)s' % args`), split into literal text and
//! conversion specs the way CPython's `unicode_format_arg_parse` reads them. Parsing is lazy
//! ([`percent_pieces`]) so the VM can interleave it with fetching arguments, as CPython does.

use super::error::FormatError;

/// One piece of a `%` template, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text to copy, with `%%` already turned into `%`.
    Literal(String),
    /// A conversion that consumes an argument.
    Spec(PercentSpec),
}

/// A conversion spec: `%[(key)][flags][width][.precision][h|l|L]conv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`: the argument is `mapping[key]`.
    pub key: Option<String>,
    /// The `-+ #0` flags.
    pub flags: PercentFlags,
    /// Minimum field width in characters.
    pub width: Option<PercentNum>,
    /// Digits after the point (`e f`), significant digits (`g`), minimum digits (`d x o`),
    /// or maximum characters (`s r a`).
    pub precision: Option<PercentNum>,
    /// The conversion character, not yet validated: [`PercentSpec::kind`] tells what it
    /// formats or gives the "unsupported format character" error, which CPython raises only
    /// after fetching the argument.
    pub conv: char,
    /// Character (code point) index of `conv` in the template, for that error.
    pub conv_index: usize,
}

/// The flag characters, in any order and number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub minus: bool,
    /// `+`: always sign numbers.
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form (`0x`/`0o` prefixes, kept points).
    pub hash: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
}

/// A width or precision: written out, or `*` (taken from the next argument by the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentNum {
    /// Written in the template.
    Fixed(usize),
    /// `*`: the next positional argument (an int; negative widths left-justify).
    Star,
}

/// What a conversion character formats, so the caller knows which value to prepare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentKind {
    /// `s r a`: the argument's `str()`/`repr()`/`ascii()`, then [`super::percent_str`].
    Text,
    /// `c`: one character (from an int or a length-1 str), then [`super::percent_str`].
    Char,
    /// `d i u o x X`: an integer, then [`super::percent_int`].
    Int,
    /// `e E f F g G`: a float, then [`super::percent_float`].
    Float,
}

impl PercentSpec {
    /// What `conv` formats, or CPython's "unsupported format character" error.
    pub fn kind(&self) -> Result<PercentKind, FormatError> {
        match self.conv {
            's' | 'r' | 'a' => Ok(PercentKind::Text),
            'c' => Ok(PercentKind::Char),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => Ok(PercentKind::Int),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => Ok(PercentKind::Float),
            ch => Err(FormatError::UnsupportedFormatChar {
                ch,
                index: self.conv_index,
            }),
        }
    }
}

/// Parses the whole template up front: the first error wins.
pub fn parse_percent(s: &str) -> Result<Vec<PercentPiece>, FormatError> {
    percent_pieces(s).collect()
}

/// The template's pieces one at a time; after an error the iterator ends.
pub fn percent_pieces(s: &str) -> PercentPieces<'_> {
    PercentPieces {
        chars: s.chars(),
        index: 0,
        failed: false,
    }
}

/// Lazy parser returned by [`percent_pieces`].
#[derive(Debug, Clone)]
pub struct PercentPieces<'a> {
    chars: std::str::Chars<'a>,
    /// Character index of the next character in `chars`.
    index: usize,
    failed: bool,
}

/// Largest precision CPython reads (C's `INT_MAX`).
const MAX_PRECISION: usize = i32::MAX as usize;
/// Largest width CPython reads (`Py_ssize_t`'s maximum).
const MAX_WIDTH: usize = isize::MAX as usize;

impl Iterator for PercentPieces<'_> {
    type Item = Result<PercentPiece, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let piece = self.next_piece();
        self.failed = matches!(piece, Some(Err(_)));
        piece
    }
}

impl PercentPieces<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        self.index += 1;
        Some(c)
    }

    fn peek(&self) -> Option<char> {
        self.chars.clone().next()
    }

    fn next_piece(&mut self) -> Option<Result<PercentPiece, FormatError>> {
        let mut literal = String::new();
        loop {
            let at_char = (self.chars.clone(), self.index);
            let Some(c) = self.bump() else {
                return (!literal.is_empty()).then_some(Ok(PercentPiece::Literal(literal)));
            };
            if c != '%' {
                literal.push(c);
            } else if self.peek() == Some('%') {
                self.bump();
                literal.push('%');
            } else if literal.is_empty() {
                return Some(self.take_spec().map(PercentPiece::Spec));
            } else {
                // The spec comes next time.
                (self.chars, self.index) = at_char;
                return Some(Ok(PercentPiece::Literal(literal)));
            }
        }
    }

    /// Parses a spec starting just after its `%`.
    fn take_spec(&mut self) -> Result<PercentSpec, FormatError> {
        let mut key = None;
        if self.peek() == Some('(') {
            self.bump();
            let mut depth = 1usize;
            let mut name = String::new();
            while depth > 0 {
                let c = self.bump().ok_or(FormatError::IncompleteFormatKey)?;
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                if depth > 0 {
                    name.push(c);
                }
            }
            key = Some(name);
        }
        let mut flags = PercentFlags::default();
        loop {
            let flag = match self.peek() {
                Some('-') => &mut flags.minus,
                Some('+') => &mut flags.plus,
                Some(' ') => &mut flags.space,
                Some('#') => &mut flags.hash,
                Some('0') => &mut flags.zero,
                _ => break,
            };
            *flag = true;
            self.bump();
        }
        let width = self.number(MAX_WIDTH, FormatError::WidthTooBig)?;
        let mut precision = None;
        if self.peek() == Some('.') {
            self.bump();
            precision = Some(
                self.number(MAX_PRECISION, FormatError::PrecisionTooBig)?
                    .unwrap_or(PercentNum::Fixed(0)),
            );
        }
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.bump();
        }
        let conv_index = self.index;
        let conv = self.bump().ok_or(FormatError::IncompleteFormat)?;
        Ok(PercentSpec {
            key,
            flags,
            width,
            precision,
            conv,
            conv_index,
        })
    }

    /// A `*` or a run of digits up to `max`; `None` when neither is there.
    fn number(
        &mut self,
        max: usize,
        too_big: FormatError,
    ) -> Result<Option<PercentNum>, FormatError> {
        if self.peek() == Some('*') {
            self.bump();
            return Ok(Some(PercentNum::Star));
        }
        let mut value = None;
        while let Some(digit) = self.peek().and_then(|c| c.to_digit(10)) {
            let next = value
                .unwrap_or(0usize)
                .checked_mul(10)
                .and_then(|v| v.checked_add(digit as usize))
                .filter(|v| *v <= max)
                .ok_or_else(|| too_big.clone())?;
            value = Some(next);
            self.bump();
        }
        Ok(value.map(PercentNum::Fixed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces in a compact form: `L:text`, `S:(key)flags width.precision conv@index`, `E:message`.
    fn canonical(template: &str) -> String {
        let num = |n: Option<PercentNum>| match n {
            Some(PercentNum::Fixed(n)) => n.to_string(),
            Some(PercentNum::Star) => "*".to_string(),
            None => String::new(),
        };
        let pieces: Vec<String> = percent_pieces(template)
            .map(|piece| match piece {
                Ok(PercentPiece::Literal(text)) => format!("L:{text}"),
                Ok(PercentPiece::Spec(spec)) => {
                    let f = spec.flags;
                    let flags: String = [
                        (f.minus, '-'),
                        (f.plus, '+'),
                        (f.space, ' '),
                        (f.hash, '#'),
                        (f.zero, '0'),
                    ]
                    .iter()
                    .filter_map(|(on, c)| on.then_some(*c))
                    .collect();
                    let key = spec.key.map(|k| format!("({k})")).unwrap_or_default();
                    let precision = spec
                        .precision
                        .map(|p| format!(".{}", num(Some(p))))
                        .unwrap_or_default();
                    format!(
                        "S:{key}{flags}{}{precision}{}@{}",
                        num(spec.width),
                        spec.conv,
                        spec.conv_index
                    )
                }
                Err(error) => format!("E:{error}"),
            })
            .collect();
        pieces.join("|")
    }

    #[test]
    fn pieces_follow_cpython_parsing() {
        // Each expectation agrees with what CPython 3.11 does with the template (its output or
        // its error), which the end-to-end tests check against real `%` results.
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("plain", "L:plain"),
            ("100%% sure", "L:100% sure"),
            ("a%sb%dc", "L:a|S:s@2|L:b|S:d@5|L:c"),
            ("%-+ #05.3f", "S:-+ #05.3f@9"),
            ("%00-5d", "S:-05d@5"),
            ("%*.*f", "S:*.*f@4"),
            ("%.f", "S:.0f@2"),
            ("%.s", "S:.0s@2"),
            ("%(name)s", "S:(name)s@7"),
            ("%(a(b)c)r", "S:(a(b)c)r@8"),
            ("%()d", "S:()d@3"),
            ("%hd%ld%Lf", "S:d@2|S:d@5|S:f@8"),
            ("%5%", "S:5%@2"),
            ("%y", "S:y@1"),
            ("é%é", "L:é|S:é@2"),
            ("abc%", "L:abc|E:incomplete format"),
            ("%5", "E:incomplete format"),
            ("%.", "E:incomplete format"),
            ("%l", "E:incomplete format"),
            ("%(a", "E:incomplete format key"),
            ("%(a(b)", "E:incomplete format key"),
            ("%(a)", "E:incomplete format"),
            ("x%d%", "L:x|S:d@2|E:incomplete format"),
            ("%99999999999999999999d", "E:width too big"),
            ("%9223372036854775807d", "S:9223372036854775807d@20"),
            ("%.2147483648d", "E:precision too big"),
            ("%.2147483647d", "S:.2147483647d@12"),
        ];
        for (template, expected) in cases {
            assert_eq!(canonical(template), *expected, "{template:?}");
        }
    }

    #[test]
    fn kinds_and_unsupported_characters() {
        let kinds: Vec<Result<PercentKind, FormatError>> = parse_percent("%s%c%x%G%5%%y")
            .unwrap()
            .into_iter()
            .map(|piece| match piece {
                PercentPiece::Spec(spec) => spec.kind(),
                PercentPiece::Literal(text) => panic!("literal {text:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                Ok(PercentKind::Text),
                Ok(PercentKind::Char),
                Ok(PercentKind::Int),
                Ok(PercentKind::Float),
                Err(FormatError::UnsupportedFormatChar { ch: '%', index: 10 }),
                Err(FormatError::UnsupportedFormatChar { ch: 'y', index: 12 }),
            ]
        );
    }
}
