//! f-strings with Python 3.11's rules: literal text with `{{`/`}}` escapes, replacement
//! fields `{expr=!conv:spec}` whose expression is parsed by the ordinary expression parser
//! straight from its place in the source (so error positions are real), and format specs
//! that may themselves contain fields, two levels deep at most.

use super::strings::{decode_str_into, Literal};
use super::{PResult, Parser};
use crate::syntax::ast::{Constant, Expr, ExprKind, Span};
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::lexer::{self, Position};
use crate::syntax::token::TokenKind;

/// Fields may nest inside format specs only this deep (`f"{x:{y}}"` is depth 1).
const MAX_FIELD_DEPTH: usize = 2;

/// Collects the parts of a `JoinedStr`, merging adjacent literal text.
pub(super) struct JoinedStrBuilder {
    parts: Vec<Expr>,
    text: String,
    span: Span,
}

impl JoinedStrBuilder {
    /// A builder whose parts all get `span` (the whole literal), as in CPython 3.11.
    pub(super) fn new(span: Span) -> Self {
        JoinedStrBuilder {
            parts: Vec::new(),
            text: String::new(),
            span,
        }
    }

    /// The pending literal text, to append decoded characters to.
    pub(super) fn literal_text(&mut self) -> &mut String {
        &mut self.text
    }

    fn flush_text(&mut self) {
        if !self.text.is_empty() {
            let value = Constant::Str(std::mem::take(&mut self.text));
            self.parts.push(Expr {
                kind: ExprKind::Constant(value),
                span: self.span,
            });
        }
    }

    fn push_value(&mut self, value: Expr) {
        self.flush_text();
        self.parts.push(value);
    }

    /// The finished parts.
    pub(super) fn finish(mut self) -> Vec<Expr> {
        self.flush_text();
        self.parts
    }
}

/// What ended the expression part of a replacement field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldEnd {
    Close,
    Conversion,
    Spec,
    Debug,
}

impl Parser<'_> {
    /// Adds the parts of one f-string literal to `builder`.
    pub(super) fn fstring(
        &mut self,
        literal: &Literal,
        builder: &mut JoinedStrBuilder,
    ) -> PResult<()> {
        self.fstring_text(literal, literal.body_start, 0, builder)?;
        Ok(())
    }

    /// Literal text and fields from `from` up to the end of the body or, inside a format spec
    /// (`depth > 0`), up to the `}` that closes the field; returns where it stopped.
    fn fstring_text(
        &mut self,
        literal: &Literal,
        from: usize,
        depth: usize,
        builder: &mut JoinedStrBuilder,
    ) -> PResult<usize> {
        let bytes = self.source.as_bytes();
        let end = literal.body_end;
        let mut index = from;
        let mut chunk_start = from;
        while index < end {
            let next = bytes.get(index + 1).copied();
            match bytes.get(index) {
                Some(b'{') if next == Some(b'{') => {
                    self.fstring_chunk(literal, chunk_start, index + 1, builder)?;
                    index += 2;
                    chunk_start = index;
                }
                Some(b'{') => {
                    self.fstring_chunk(literal, chunk_start, index, builder)?;
                    index = self.fstring_field(literal, index, depth, builder)?;
                    chunk_start = index;
                }
                Some(b'}') if depth > 0 => {
                    self.fstring_chunk(literal, chunk_start, index, builder)?;
                    return Ok(index);
                }
                Some(b'}') if next == Some(b'}') => {
                    self.fstring_chunk(literal, chunk_start, index + 1, builder)?;
                    index += 2;
                    chunk_start = index;
                }
                Some(b'}') => return Err(literal.error(SyntaxErrorKind::FStringSingleBrace)),
                Some(b'\\') if !literal.raw => index = skip_escape(bytes, index, end),
                _ => index += 1,
            }
        }
        self.fstring_chunk(literal, chunk_start, end, builder)?;
        if depth > 0 {
            return Err(literal.error(SyntaxErrorKind::FStringExpectingBrace));
        }
        Ok(end)
    }

    /// Decodes literal text `source[from..to]` into the builder.
    fn fstring_chunk(
        &self,
        literal: &Literal,
        from: usize,
        to: usize,
        builder: &mut JoinedStrBuilder,
    ) -> PResult<()> {
        let text = self.source.get(from..to).unwrap_or("");
        decode_str_into(text, literal.raw, builder.literal_text())
            .map_err(|kind| literal.error(kind))
    }

    /// One replacement field starting at the `{` at `open`; returns the index after its `}`.
    fn fstring_field(
        &mut self,
        literal: &Literal,
        open: usize,
        depth: usize,
        builder: &mut JoinedStrBuilder,
    ) -> PResult<usize> {
        if depth >= MAX_FIELD_DEPTH {
            return Err(literal.error(SyntaxErrorKind::FStringTooDeep));
        }
        let bytes = self.source.as_bytes();
        let expr_start = open + 1;
        let (expr_end, field_end) = self.scan_field_expression(literal, expr_start)?;
        let expr_text = self.source.get(expr_start..expr_end).unwrap_or("");
        if expr_text.trim().is_empty() {
            return Err(literal.error(SyntaxErrorKind::FStringEmptyExpression));
        }
        let value = self.fstring_expression(literal, expr_start, expr_end)?;
        let mut index = expr_end;
        if field_end == FieldEnd::Debug {
            index += 1;
            while matches!(
                bytes.get(index),
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
            ) {
                index += 1;
            }
            builder
                .literal_text()
                .push_str(self.source.get(expr_start..index).unwrap_or(""));
        }
        let mut conversion = None;
        if bytes.get(index) == Some(&b'!') {
            conversion = match bytes.get(index + 1) {
                Some(b's') => Some('s'),
                Some(b'r') => Some('r'),
                Some(b'a') => Some('a'),
                _ => return Err(literal.error(SyntaxErrorKind::FStringBadConversion)),
            };
            index += 2;
        }
        let mut format_spec = None;
        if bytes.get(index) == Some(&b':') {
            let mut spec = JoinedStrBuilder::new(builder.span);
            index = self.nested(|p| p.fstring_text(literal, index + 1, depth + 1, &mut spec))?;
            format_spec = Some(Box::new(Expr {
                kind: ExprKind::JoinedStr(spec.finish()),
                span: builder.span,
            }));
        }
        if index >= literal.body_end || bytes.get(index) != Some(&b'}') {
            return Err(literal.error(SyntaxErrorKind::FStringExpectingBrace));
        }
        if field_end == FieldEnd::Debug && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let kind = ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        };
        builder.push_value(Expr {
            kind,
            span: builder.span,
        });
        Ok(index + 1)
    }

    /// Finds where the expression part of a field ends, tracking brackets and nested strings
    /// the way CPython 3.11 does (no backslashes or comments allowed).
    fn scan_field_expression(&self, literal: &Literal, from: usize) -> PResult<(usize, FieldEnd)> {
        let bytes = self.source.as_bytes();
        let end = literal.body_end;
        let mut brackets: Vec<u8> = Vec::new();
        let mut index = from;
        while index < end {
            let byte = bytes.get(index).copied().unwrap_or(b'}');
            let next = bytes.get(index + 1).copied();
            let error = |kind| Err(literal.error(kind));
            match byte {
                b'\\' => return error(SyntaxErrorKind::FStringBackslash),
                b'#' => return error(SyntaxErrorKind::FStringComment),
                b'\'' | b'"' => {
                    index = match skip_nested_string(bytes, index, end) {
                        Some(after) => after,
                        None => return error(SyntaxErrorKind::FStringUnterminatedString),
                    };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= self.max_nesting {
                        return error(SyntaxErrorKind::TooManyNestedParens);
                    }
                    brackets.push(byte);
                }
                b')' | b']' | b'}' => match brackets.pop() {
                    None if byte == b'}' => return Ok((index, FieldEnd::Close)),
                    None => return error(SyntaxErrorKind::FStringUnmatched(char::from(byte))),
                    Some(open) if closes(open, byte) => {}
                    Some(open) => {
                        let kind = SyntaxErrorKind::FStringMismatchedParen {
                            close: char::from(byte),
                            open: char::from(open),
                        };
                        return error(kind);
                    }
                },
                b'=' | b'!' | b'<' | b'>' if next == Some(b'=') => index += 1,
                b'!' if brackets.is_empty() => return Ok((index, FieldEnd::Conversion)),
                b':' if brackets.is_empty() => return Ok((index, FieldEnd::Spec)),
                b'=' if brackets.is_empty() => return Ok((index, FieldEnd::Debug)),
                _ => {}
            }
            index += 1;
        }
        if let Some(&open) = brackets.last() {
            return Err(literal.error(SyntaxErrorKind::FStringUnmatched(char::from(open))));
        }
        Err(literal.error(SyntaxErrorKind::FStringExpectingBrace))
    }

    /// Parses `source[from..to]` as the field's expression, with real source positions.
    fn fstring_expression(&mut self, literal: &Literal, from: usize, to: usize) -> PResult<Expr> {
        let position = self.position_in_literal(literal, from);
        let tokens = lexer::tokenize_fragment(self.source, position, to, self.max_nesting)?;
        let mut fragment = Parser::new(self.source, tokens, self.max_nesting);
        fragment.depth = self.depth;
        fragment.private = self.private.clone();
        fragment.tree_depth = self.tree_depth;
        fragment.tree_peak = self.tree_depth;
        let value = fragment
            .nested(|p| {
                let value = p.yield_or_star_expressions()?;
                if matches!(value.kind, ExprKind::Starred { .. }) {
                    return Err(Self::error_at(SyntaxErrorKind::FStringStarred, value.span));
                }
                if !p.at(TokenKind::EndOfFile) {
                    return Err(p.missing_comma(&value));
                }
                Ok(value)
            })
            .map_err(in_fstring)?;
        Ok(value)
    }

    fn position_in_literal(&self, literal: &Literal, offset: usize) -> Position {
        let span = literal.token.span;
        let start = Position {
            offset: span.start as usize,
            line: span.line,
            col: span.col,
        };
        lexer::advance_position(self.source, start, offset)
    }
}

/// Gives errors from inside a replacement field CPython's `f-string: ` prefix.
fn in_fstring(error: SyntaxError) -> SyntaxError {
    if error.kind.is_about_fstrings() {
        return error;
    }
    SyntaxError::new(SyntaxErrorKind::InFString(Box::new(error.kind)), error.span)
}

fn closes(open: u8, close: u8) -> bool {
    matches!((open, close), (b'(', b')') | (b'[', b']') | (b'{', b'}'))
}

/// Skips an escape in literal text starting at the backslash at `index`. A `\N{...}` is
/// skipped whole so its braces are not fields; before `{` or `}` only the backslash is
/// skipped, because CPython 3.11 keeps it and still treats the brace as a brace.
fn skip_escape(bytes: &[u8], index: usize, end: usize) -> usize {
    match bytes.get(index + 1) {
        Some(b'N') if bytes.get(index + 2) == Some(&b'{') => {
            let close = bytes
                .get(index + 3..end)
                .and_then(|rest| rest.iter().position(|&b| b == b'}'));
            close.map_or(end, |offset| index + 3 + offset + 1)
        }
        Some(b'{' | b'}') => index + 1,
        _ => index + 2,
    }
}

/// Skips a string literal nested inside a field expression; returns the index after it.
fn skip_nested_string(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    let quote = *bytes.get(start)?;
    let triple = bytes.get(start + 1) == Some(&quote) && bytes.get(start + 2) == Some(&quote);
    let quote_len = if triple { 3 } else { 1 };
    let mut index = start + quote_len;
    while index < end {
        if bytes.get(index) == Some(&quote)
            && (!triple
                || (bytes.get(index + 1) == Some(&quote) && bytes.get(index + 2) == Some(&quote)))
        {
            return Some(index + quote_len);
        }
        index += 1;
    }
    None
}
