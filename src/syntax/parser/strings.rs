//! String and bytes literals: prefixes, escape sequences, newline normalisation and the
//! concatenation of adjacent literals (into a `Constant` or, with f-strings, a `JoinedStr`).

use super::fstring::JoinedStrBuilder;
use super::{end_of, PResult, Parser};
use crate::syntax::ast::{Constant, Expr, ExprKind};
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::token::{Token, TokenKind};

/// One string token split into its prefix flags and the byte range of its body.
#[derive(Clone, Copy)]
pub(super) struct Literal {
    pub token: Token,
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
    /// Byte offsets (into the source) of the text between the quotes.
    pub body_start: usize,
    pub body_end: usize,
}

impl Literal {
    /// An error about this literal's contents; CPython points at the literal's end.
    pub(super) fn error(&self, kind: SyntaxErrorKind) -> SyntaxError {
        let span = if kind == SyntaxErrorKind::NonAsciiBytes {
            self.token.span
        } else {
            end_of(self.token.span)
        };
        SyntaxError::new(kind, span)
    }

    fn new(token: Token, text: &str) -> Literal {
        let prefix_len = text.find(['\'', '"']).unwrap_or(0);
        let prefix = text.get(..prefix_len).unwrap_or("").to_ascii_lowercase();
        let after_prefix = text.get(prefix_len..).unwrap_or("");
        let quote_len = if after_prefix.len() >= 6
            && (after_prefix.starts_with("'''") || after_prefix.starts_with("\"\"\""))
        {
            3
        } else {
            1
        };
        let start = token.span.start as usize;
        Literal {
            token,
            bytes: prefix.contains('b'),
            raw: prefix.contains('r'),
            fstring: prefix.contains('f'),
            body_start: start + prefix_len + quote_len,
            body_end: (token.span.end as usize)
                .saturating_sub(quote_len)
                .max(start + prefix_len + quote_len),
        }
    }
}

impl Parser<'_> {
    /// One or more adjacent string tokens as a single expression.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let first = self.token();
        let mut literals = Vec::new();
        while self.at(TokenKind::String) {
            let token = self.bump();
            literals.push(Literal::new(token, self.text(token)));
        }
        let span = first.span.to(self.last_span);
        let bytes_count = literals.iter().filter(|l| l.bytes).count();
        if bytes_count > 0 && bytes_count < literals.len() {
            return Err(Self::error_at(SyntaxErrorKind::MixedBytes, end_of(span)));
        }
        if bytes_count > 0 {
            let mut value = Vec::new();
            for literal in &literals {
                let body = self.body(literal);
                decode_bytes_into(body, literal.raw, &mut value)
                    .map_err(|kind| literal.error(kind))?;
            }
            return Ok(Self::expr(ExprKind::Constant(Constant::Bytes(value)), span));
        }
        if !literals.iter().any(|l| l.fstring) {
            let mut value = String::new();
            for literal in &literals {
                let body = self.body(literal);
                decode_str_into(body, literal.raw, &mut value)
                    .map_err(|kind| literal.error(kind))?;
            }
            return Ok(Self::expr(ExprKind::Constant(Constant::Str(value)), span));
        }
        let mut builder = JoinedStrBuilder::new(span);
        for literal in &literals {
            if literal.fstring {
                self.fstring(literal, &mut builder)?;
            } else {
                let body = self.body(literal);
                decode_str_into(body, literal.raw, builder.literal_text())
                    .map_err(|kind| literal.error(kind))?;
            }
        }
        Ok(Self::expr(ExprKind::JoinedStr(builder.finish()), span))
    }

    fn body(&self, literal: &Literal) -> &str {
        self.source
            .get(literal.body_start..literal.body_end)
            .unwrap_or("")
    }
}

/// Appends the value of a str literal body to `out`, decoding escapes unless `raw`.
/// Newlines are normalised to `\n`; unknown escapes such as `\d` are kept as written.
pub(super) fn decode_str_into(
    body: &str,
    raw: bool,
    out: &mut String,
) -> Result<(), SyntaxErrorKind> {
    if !body.contains(['\\', '\r']) {
        out.push_str(body);
        return Ok(());
    }
    let mut chars = body.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        match c {
            '\r' => {
                chars.next_if(|&(_, next)| next == '\n');
                out.push('\n');
            }
            '\\' if !raw => {
                let Some((_, escape)) = chars.next() else {
                    out.push('\\');
                    break;
                };
                match escape {
                    '\n' => {}
                    '\r' => {
                        chars.next_if(|&(_, next)| next == '\n');
                    }
                    'x' | 'u' | 'U' => {
                        let (digits, detail) = match escape {
                            'x' => (2, "truncated \\xXX escape"),
                            'u' => (4, "truncated \\uXXXX escape"),
                            _ => (8, "truncated \\UXXXXXXXX escape"),
                        };
                        let (value, last) = hex_digits(&mut chars, digits, index + 1);
                        let value = value.ok_or(SyntaxErrorKind::BadStrEscape {
                            from: index,
                            to: last,
                            detail,
                        })?;
                        out.push(code_point(value, index, last)?);
                    }
                    'N' => out.push(named_escape(body, &mut chars, index)?),
                    '0'..='7' => {
                        let mut value = escape.to_digit(8).unwrap_or(0);
                        for _ in 0..2 {
                            let Some((_, digit)) = chars.next_if(|&(_, d)| d.is_digit(8)) else {
                                break;
                            };
                            value = value * 8 + digit.to_digit(8).unwrap_or(0);
                        }
                        out.push(char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER));
                    }
                    other => match simple_escape(other) {
                        Some(value) => out.push(char::from(value)),
                        None => {
                            out.push('\\');
                            out.push(other);
                        }
                    },
                }
            }
            c => out.push(c),
        }
    }
    Ok(())
}

/// The byte for a one-character escape like `\n`, if `c` names one.
fn simple_escape(c: char) -> Option<u8> {
    Some(match c {
        '\\' => b'\\',
        '\'' => b'\'',
        '"' => b'"',
        'a' => 0x07,
        'b' => 0x08,
        'f' => 0x0c,
        'n' => b'\n',
        'r' => b'\r',
        't' => b'\t',
        'v' => 0x0b,
        _ => return None,
    })
}

/// Reads exactly `count` hex digits; returns the value (None if too few) and the byte index
/// of the last character consumed, for CPython's error positions.
fn hex_digits(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    count: usize,
    mut last: usize,
) -> (Option<u32>, usize) {
    let mut value: u32 = 0;
    for _ in 0..count {
        let Some((index, digit)) = chars.next_if(|&(_, d)| d.is_ascii_hexdigit()) else {
            return (None, last);
        };
        last = index;
        value = value
            .wrapping_mul(16)
            .wrapping_add(digit.to_digit(16).unwrap_or(0));
    }
    (Some(value), last)
}

fn code_point(value: u32, from: usize, to: usize) -> Result<char, SyntaxErrorKind> {
    if (0xD800..=0xDFFF).contains(&value) {
        return Err(SyntaxErrorKind::LoneSurrogate);
    }
    char::from_u32(value).ok_or(SyntaxErrorKind::BadStrEscape {
        from,
        to,
        detail: "illegal Unicode character",
    })
}

/// `\N{NAME}`; the iterator is just past the `N`.
fn named_escape(
    body: &str,
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    start: usize,
) -> Result<char, SyntaxErrorKind> {
    let malformed = |to| SyntaxErrorKind::BadStrEscape {
        from: start,
        to,
        detail: "malformed \\N character escape",
    };
    let Some((open, _)) = chars.next_if(|&(_, c)| c == '{') else {
        return Err(malformed(start + 1));
    };
    let mut close = None;
    for (index, c) in chars.by_ref() {
        if c == '}' {
            close = Some(index);
            break;
        }
    }
    let Some(close) = close else {
        return Err(malformed(body.len().saturating_sub(1)));
    };
    let name = body.get(open + 1..close).unwrap_or("");
    if name.is_empty() {
        return Err(malformed(close));
    }
    super::unicode_names::lookup(name).ok_or(SyntaxErrorKind::BadStrEscape {
        from: start,
        to: close,
        detail: "unknown Unicode character name",
    })
}

/// Appends the value of a bytes literal body to `out`. Only ASCII may appear literally;
/// `\u`, `\U` and `\N` are not escapes in bytes and are kept as written.
pub(super) fn decode_bytes_into(
    body: &str,
    raw: bool,
    out: &mut Vec<u8>,
) -> Result<(), SyntaxErrorKind> {
    if !body.is_ascii() {
        return Err(SyntaxErrorKind::NonAsciiBytes);
    }
    let bytes = body.as_bytes();
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        index += 1;
        match byte {
            b'\r' => {
                if bytes.get(index) == Some(&b'\n') {
                    index += 1;
                }
                out.push(b'\n');
            }
            b'\\' if !raw => {
                let Some(&escape) = bytes.get(index) else {
                    out.push(b'\\');
                    break;
                };
                index += 1;
                match escape {
                    b'\n' => {}
                    b'\r' => {
                        if bytes.get(index) == Some(&b'\n') {
                            index += 1;
                        }
                    }
                    b'x' => {
                        let digits = bytes
                            .get(index..index + 2)
                            .and_then(|d| std::str::from_utf8(d).ok());
                        let value = digits
                            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
                            .and_then(|d| u8::from_str_radix(d, 16).ok());
                        let value = value.ok_or(SyntaxErrorKind::BadBytesEscape(index - 2))?;
                        out.push(value);
                        index += 2;
                    }
                    b'0'..=b'7' => {
                        let mut value = u32::from(escape - b'0');
                        for _ in 0..2 {
                            match bytes.get(index) {
                                Some(&digit @ b'0'..=b'7') => {
                                    value = value * 8 + u32::from(digit - b'0');
                                    index += 1;
                                }
                                _ => break,
                            }
                        }
                        out.push((value & 0xff) as u8);
                    }
                    other => match simple_escape(char::from(other)) {
                        Some(value) => out.push(value),
                        None => out.extend_from_slice(&[b'\\', other]),
                    },
                }
            }
            byte => out.push(byte),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn str_value(body: &str) -> Result<String, SyntaxErrorKind> {
        let mut out = String::new();
        decode_str_into(body, false, &mut out).map(|()| out)
    }

    #[test]
    fn every_str_escape() {
        assert_eq!(
            str_value(r#"\n\t\\\'\"\a\b\f\v\r\0"#).unwrap(),
            "\n\t\\'\"\x07\x08\x0c\x0b\r\0"
        );
        assert_eq!(str_value(r"\123\x41\u00e9\U0001F600").unwrap(), "SAé😀");
        assert_eq!(str_value(r"\777").unwrap(), "\u{1ff}");
        assert_eq!(
            str_value(r"\N{BULLET} \N{latin small letter a} \N{EURO SIGN}").unwrap(),
            "• a €"
        );
        assert_eq!(str_value(r"\d\q").unwrap(), r"\d\q");
        assert_eq!(str_value("a\\\nb").unwrap(), "ab");
        assert_eq!(str_value("a\r\nb\rc").unwrap(), "a\nb\nc");
    }

    #[test]
    fn str_escape_errors() {
        assert_eq!(
            str_value(r"\x4").unwrap_err().to_string(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(
            str_value(r"\N{foo}").unwrap_err().to_string(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"
        );
        assert_eq!(
            str_value(r"\ud800").unwrap_err(),
            SyntaxErrorKind::LoneSurrogate
        );
        assert!(str_value(r"\U00110000").is_err());
    }

    #[test]
    fn raw_strings_keep_backslashes() {
        let mut out = String::new();
        decode_str_into(r"\n\x", true, &mut out).unwrap();
        assert_eq!(out, r"\n\x");
    }

    #[test]
    fn bytes_escapes() {
        let bytes = |body: &str, raw| {
            let mut out = Vec::new();
            decode_bytes_into(body, raw, &mut out).map(|()| out)
        };
        assert_eq!(
            bytes(r"a\x41\101\n\u1234\777", false).unwrap(),
            b"aAA\n\\u1234\xff"
        );
        assert_eq!(bytes(r"\n", true).unwrap(), b"\\n");
        assert_eq!(
            bytes(r"\x4", false).unwrap_err().to_string(),
            "(value error) invalid \\x escape at position 0"
        );
        assert_eq!(
            bytes("é", false).unwrap_err(),
            SyntaxErrorKind::NonAsciiBytes
        );
    }
}
