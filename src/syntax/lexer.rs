//! The lexer: a single pass over the source bytes producing [`Token`]s, with CPython's
//! rules for indentation (tab stops of 8, tab/space consistency), implicit line joining
//! inside brackets, backslash continuations and the exact shape of number and string
//! literals. Literal values are decoded later by the parser; the lexer only checks form.

use super::error::{SyntaxError, SyntaxErrorKind};
use super::span::Span;
use super::token::{Token, TokenKind};

/// CPython's limit on indentation depth (`MAXINDENT`).
const MAX_INDENT_LEVELS: usize = 100;
/// Tab stops are every 8 columns, as in CPython.
const TAB_SIZE: u32 = 8;

/// A complete token stream for a module.
#[derive(Debug)]
pub struct Tokens {
    /// The tokens, always ending with `EndOfFile`.
    pub tokens: Vec<Token>,
    /// A problem with how the file ends (`'(' was never closed`, a backslash before the
    /// end): CPython reports it only if the parser fails at or after its position.
    pub error_at_end: Option<SyntaxError>,
    /// The first tokenizer error; `tokens` then stop where it happened.
    pub error: Option<SyntaxError>,
}

/// Where a lexer starts: a byte offset with the line and column it corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub offset: usize,
    pub line: u32,
    pub col: u32,
}

/// Tokenizes a whole module. Lexing stops at the first tokenizer error, which is returned
/// alongside the tokens before it (ended by `EndOfFile`): CPython lets tokenizer errors win
/// over most parser errors, so the parser decides which to report.
pub fn tokenize(source: &str, max_nesting: usize) -> Tokens {
    let start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    let from = Position {
        offset: start,
        line: 1,
        col: 1,
    };
    let mut lexer = Lexer::new(source, from, source.len(), max_nesting, false);
    let error = lexer.run().err();
    if error.is_some() {
        lexer.pos = lexer.pos.max(lexer.lines.offset).min(source.len());
        lexer.push(TokenKind::EndOfFile, lexer.pos);
    }
    Tokens {
        tokens: lexer.tokens,
        error_at_end: lexer.error_at_end,
        error,
    }
}

/// Tokenizes `source[from.offset..end]` as if it were inside parentheses (no newlines or
/// indentation tokens): the expression part of an f-string replacement field.
pub fn tokenize_fragment(
    source: &str,
    from: Position,
    end: usize,
    max_nesting: usize,
) -> Result<Vec<Token>, SyntaxError> {
    let mut lexer = Lexer::new(source, from, end, max_nesting, true);
    lexer.run()?;
    Ok(lexer.tokens)
}

/// The line and column of byte `offset`, counted forward from the known position `from`.
pub fn advance_position(source: &str, from: Position, offset: usize) -> Position {
    let mut lines = LineTracker {
        offset: from.offset,
        line: from.line,
        col: from.col,
    };
    lines.advance(source.as_bytes(), offset);
    Position {
        offset: lines.offset,
        line: lines.line,
        col: lines.col,
    }
}

/// One level of the indentation stack: the column with tabs expanded to 8 and with tabs
/// counted as 1, which must order the same way or the indentation is ambiguous.
#[derive(Clone, Copy)]
struct Indentation {
    col: u32,
    alt_col: u32,
}

/// Converts byte offsets to lines and columns, moving forward only (tokens come in order).
struct LineTracker {
    offset: usize,
    line: u32,
    col: u32,
}

impl LineTracker {
    fn advance(&mut self, bytes: &[u8], target: usize) {
        while self.offset < target {
            match bytes.get(self.offset) {
                Some(b'\n') => {
                    self.line += 1;
                    self.col = 1;
                }
                Some(b'\r') if bytes.get(self.offset + 1) != Some(&b'\n') => {
                    self.line += 1;
                    self.col = 1;
                }
                Some(b'\r') | Some(0x80..=0xBF) => {}
                Some(_) => self.col += 1,
                None => return,
            }
            self.offset += 1;
        }
    }
}

struct Lexer<'src> {
    source: &'src str,
    /// The source bytes up to the end of the region being lexed.
    bytes: &'src [u8],
    pos: usize,
    lines: LineTracker,
    tokens: Vec<Token>,
    indents: Vec<Indentation>,
    /// Open brackets: the bracket byte and its span.
    brackets: Vec<(u8, Span)>,
    max_nesting: usize,
    /// Lexing an f-string expression: everything is as if inside brackets.
    fragment: bool,
    error_at_end: Option<SyntaxError>,
}

impl<'src> Lexer<'src> {
    fn new(
        source: &'src str,
        from: Position,
        end: usize,
        max_nesting: usize,
        fragment: bool,
    ) -> Self {
        let bytes = source.as_bytes();
        Lexer {
            source,
            bytes: bytes.get(..end).unwrap_or(bytes),
            pos: from.offset,
            lines: LineTracker {
                offset: from.offset,
                line: from.line,
                col: from.col,
            },
            tokens: Vec::with_capacity(end.saturating_sub(from.offset) / 4 + 4),
            indents: vec![Indentation { col: 0, alt_col: 0 }],
            brackets: Vec::new(),
            max_nesting,
            fragment,
            error_at_end: None,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    /// The character at the current position (for non-ASCII identifiers and errors).
    fn peek_char(&self) -> Option<char> {
        self.source.get(self.pos..self.bytes.len())?.chars().next()
    }

    fn span(&mut self, start: usize, end: usize) -> Span {
        self.lines.advance(self.bytes, start);
        let (line, col) = (self.lines.line, self.lines.col);
        self.lines.advance(self.bytes, end);
        // Offsets past 4 GiB (a source no policy lets through) saturate: spans only
        // locate diagnostics, and every use of them reads the source with `get`.
        Span {
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
            line,
            col,
            end_line: self.lines.line,
            end_col: self.lines.col,
        }
    }

    fn error(&mut self, kind: SyntaxErrorKind, start: usize, end: usize) -> SyntaxError {
        SyntaxError::new(kind, self.span(start, end))
    }

    fn push(&mut self, kind: TokenKind, start: usize) {
        let span = self.span(start, self.pos);
        self.tokens.push(Token { kind, span });
    }

    fn needs_newline(&self) -> bool {
        matches!(self.tokens.last(), Some(token) if token.kind != TokenKind::Newline)
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        let mut at_line_start = !self.fragment;
        loop {
            if at_line_start {
                at_line_start = false;
                if self.brackets.is_empty() {
                    self.indentation()?;
                }
            }
            while let Some(b' ' | b'\t' | b'\x0c') = self.peek() {
                self.pos += 1;
            }
            let start = self.pos;
            let Some(byte) = self.peek() else {
                self.finish();
                return Ok(());
            };
            match byte {
                b'#' => {
                    while !matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                        self.pos += 1;
                    }
                }
                b'\n' | b'\r' => {
                    self.skip_newline();
                    if !self.fragment && self.brackets.is_empty() {
                        if self.needs_newline() {
                            self.push(TokenKind::Newline, start);
                        }
                        at_line_start = true;
                    }
                }
                b'\\' => self.continuation()?,
                b'0'..=b'9' => self.number(start)?,
                b'.' if matches!(self.peek_at(1), Some(b'0'..=b'9')) => self.number(start)?,
                b'"' | b'\'' => self.string(start)?,
                b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xFF => {
                    self.name_or_prefixed_string(start)?
                }
                _ => self.operator(start)?,
            }
        }
    }

    fn skip_newline(&mut self) {
        if self.peek() == Some(b'\r') && self.peek_at(1) == Some(b'\n') {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
    }

    fn continuation(&mut self) -> Result<(), SyntaxError> {
        self.pos += 1;
        match self.peek() {
            Some(b'\n' | b'\r') => {
                self.skip_newline();
                if self.peek().is_none() && !self.fragment {
                    let at = self.pos.saturating_sub(1);
                    self.error_at_end = Some(self.error(SyntaxErrorKind::UnexpectedEof, at, at));
                }
                Ok(())
            }
            None => Err(self.error(SyntaxErrorKind::UnexpectedEof, self.pos, self.pos)),
            Some(_) => Err(self.error(SyntaxErrorKind::CharAfterContinuation, self.pos, self.pos)),
        }
    }

    /// Measures the indentation of a new line and emits `Indent`/`Dedent` tokens; blank and
    /// comment-only lines are left alone.
    fn indentation(&mut self) -> Result<(), SyntaxError> {
        let line_start = self.pos;
        let (mut col, mut alt_col) = (0u32, 0u32);
        loop {
            match self.peek() {
                Some(b' ') => {
                    col += 1;
                    alt_col += 1;
                }
                Some(b'\t') => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt_col += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    alt_col = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if matches!(self.peek(), None | Some(b'#' | b'\n' | b'\r')) {
            return Ok(());
        }
        let here = self.pos;
        let current = self
            .indents
            .last()
            .copied()
            .unwrap_or(Indentation { col: 0, alt_col: 0 });
        if col == current.col {
            if alt_col != current.alt_col {
                return Err(self.error(SyntaxErrorKind::InconsistentTabs, line_start, line_start));
            }
        } else if col > current.col {
            if alt_col <= current.alt_col {
                return Err(self.error(SyntaxErrorKind::InconsistentTabs, line_start, line_start));
            }
            if self.indents.len() > MAX_INDENT_LEVELS {
                return Err(self.error(
                    SyntaxErrorKind::TooManyIndentationLevels,
                    line_start,
                    here,
                ));
            }
            self.indents.push(Indentation { col, alt_col });
            let span = self.span(here.saturating_sub(1).max(line_start), here);
            self.tokens.push(Token {
                kind: TokenKind::Indent,
                span,
            });
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|level| col < level.col)
            {
                self.indents.pop();
                self.push(TokenKind::Dedent, here);
            }
            let level = self
                .indents
                .last()
                .copied()
                .unwrap_or(Indentation { col: 0, alt_col: 0 });
            if col != level.col {
                // CPython points at the end of the offending line.
                let line_end = self
                    .bytes
                    .get(here..)
                    .and_then(|rest| rest.iter().position(|b| matches!(b, b'\n' | b'\r')));
                let line_end = line_end.map_or(self.bytes.len(), |offset| here + offset);
                return Err(self.error(SyntaxErrorKind::UnindentMismatch, line_end, line_end));
            }
            if alt_col != level.alt_col {
                return Err(self.error(SyntaxErrorKind::InconsistentTabs, line_start, line_start));
            }
        }
        Ok(())
    }

    fn finish(&mut self) {
        let end = self.pos;
        if !self.fragment {
            if let Some(&(bracket, span)) = self.brackets.last() {
                self.error_at_end = Some(SyntaxError::new(
                    SyntaxErrorKind::NeverClosed(char::from(bracket)),
                    span,
                ));
            }
            if self.brackets.is_empty() && self.needs_newline() {
                self.push(TokenKind::Newline, end);
            }
            for _ in 1..self.indents.len() {
                self.push(TokenKind::Dedent, end);
            }
        }
        self.push(TokenKind::EndOfFile, end);
    }

    fn name_or_prefixed_string(&mut self, start: usize) -> Result<(), SyntaxError> {
        self.identifier(start)?;
        let word = self.source.get(start..self.pos).unwrap_or("");
        if matches!(self.peek(), Some(b'"' | b'\'')) && is_string_prefix(word) {
            return self.string(start);
        }
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Name);
        self.push(kind, start);
        Ok(())
    }

    /// Consumes an identifier (ASCII fast path, Unicode XID rules otherwise).
    fn identifier(&mut self, start: usize) -> Result<(), SyntaxError> {
        loop {
            match self.peek() {
                Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_') => self.pos += 1,
                Some(0x80..=0xFF) => {
                    let Some(c) = self.peek_char() else {
                        return Ok(());
                    };
                    let valid = if self.pos == start {
                        unicode_ident::is_xid_start(c)
                    } else {
                        unicode_ident::is_xid_continue(c)
                    };
                    if !valid {
                        let kind = if is_printable(c) {
                            SyntaxErrorKind::InvalidCharacter(c)
                        } else {
                            SyntaxErrorKind::NonPrintableCharacter(c)
                        };
                        return Err(self.error(kind, self.pos, self.pos));
                    }
                    self.pos += c.len_utf8();
                }
                _ => return Ok(()),
            }
        }
    }

    fn operator(&mut self, start: usize) -> Result<(), SyntaxError> {
        use TokenKind::*;
        let c0 = self.peek().unwrap_or(0);
        let c1 = self.peek_at(1).unwrap_or(0);
        let c2 = self.peek_at(2).unwrap_or(0);
        let (kind, len) = match (c0, c1, c2) {
            (b'*', b'*', b'=') => (DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (RightShiftEqual, 3),
            (b'.', b'.', b'.') => (Ellipsis, 3),
            (b'*', b'*', _) => (DoubleStar, 2),
            (b'/', b'/', _) => (DoubleSlash, 2),
            (b'<', b'<', _) => (LeftShift, 2),
            (b'>', b'>', _) => (RightShift, 2),
            (b'=', b'=', _) => (EqEqual, 2),
            (b'!', b'=', _) => (NotEqual, 2),
            (b'<', b'=', _) => (LessEqual, 2),
            (b'>', b'=', _) => (GreaterEqual, 2),
            (b'-', b'>', _) => (Arrow, 2),
            (b':', b'=', _) => (ColonEqual, 2),
            (b'+', b'=', _) => (PlusEqual, 2),
            (b'-', b'=', _) => (MinusEqual, 2),
            (b'*', b'=', _) => (StarEqual, 2),
            (b'/', b'=', _) => (SlashEqual, 2),
            (b'%', b'=', _) => (PercentEqual, 2),
            (b'@', b'=', _) => (AtEqual, 2),
            (b'|', b'=', _) => (PipeEqual, 2),
            (b'&', b'=', _) => (AmperEqual, 2),
            (b'^', b'=', _) => (CircumflexEqual, 2),
            (b'(', _, _) => (LParen, 1),
            (b')', _, _) => (RParen, 1),
            (b'[', _, _) => (LSquare, 1),
            (b']', _, _) => (RSquare, 1),
            (b'{', _, _) => (LBrace, 1),
            (b'}', _, _) => (RBrace, 1),
            (b':', _, _) => (Colon, 1),
            (b',', _, _) => (Comma, 1),
            (b';', _, _) => (Semicolon, 1),
            (b'.', _, _) => (Dot, 1),
            (b'@', _, _) => (At, 1),
            (b'=', _, _) => (Equal, 1),
            (b'+', _, _) => (Plus, 1),
            (b'-', _, _) => (Minus, 1),
            (b'*', _, _) => (Star, 1),
            (b'/', _, _) => (Slash, 1),
            (b'%', _, _) => (Percent, 1),
            (b'|', _, _) => (Pipe, 1),
            (b'&', _, _) => (Amper, 1),
            (b'^', _, _) => (Circumflex, 1),
            (b'~', _, _) => (Tilde, 1),
            (b'<', _, _) => (Less, 1),
            (b'>', _, _) => (Greater, 1),
            (0x00..=0x1f | 0x7f, _, _) => {
                let kind = SyntaxErrorKind::NonPrintableCharacter(char::from(c0));
                return Err(self.error(kind, start, start));
            }
            _ => (Unknown, 1),
        };
        self.pos += len;
        let span = self.span(start, self.pos);
        match kind {
            LParen | LSquare | LBrace => self.open_bracket(c0, span)?,
            RParen | RSquare | RBrace => self.close_bracket(c0, span)?,
            _ => {}
        }
        self.tokens.push(Token { kind, span });
        Ok(())
    }

    fn open_bracket(&mut self, bracket: u8, span: Span) -> Result<(), SyntaxError> {
        if self.brackets.len() >= self.max_nesting {
            return Err(SyntaxError::new(SyntaxErrorKind::TooManyNestedParens, span));
        }
        self.brackets.push((bracket, span));
        Ok(())
    }

    fn close_bracket(&mut self, close: u8, span: Span) -> Result<(), SyntaxError> {
        let close_char = char::from(close);
        let here = Span {
            end: span.start,
            end_line: span.line,
            end_col: span.col,
            ..span
        };
        let Some((open, open_span)) = self.brackets.pop() else {
            return Err(SyntaxError::new(
                SyntaxErrorKind::Unmatched(close_char),
                here,
            ));
        };
        if matches!((open, close), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
            return Ok(());
        }
        let open = char::from(open);
        let kind = if open_span.line == here.line {
            SyntaxErrorKind::MismatchedParen {
                close: close_char,
                open,
            }
        } else {
            SyntaxErrorKind::MismatchedParenOnLine {
                close: close_char,
                open,
                line: open_span.line,
            }
        };
        Err(SyntaxError::new(kind, here))
    }

    /// Scans a string literal whose prefix (if any) starts at `start`; the quote is at `self.pos`.
    fn string(&mut self, start: usize) -> Result<(), SyntaxError> {
        let quote = self.peek().unwrap_or(b'"');
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        self.pos += if triple { 3 } else { 1 };
        loop {
            match self.peek() {
                None => return Err(self.unterminated_string(start, triple)),
                Some(b'\\') => {
                    self.pos += 1;
                    match self.peek() {
                        Some(b'\r') => self.skip_newline(),
                        Some(_) => self.pos += 1,
                        None => {}
                    }
                }
                Some(b'\n' | b'\r') if !triple => {
                    return Err(self.unterminated_string(start, triple))
                }
                Some(byte) if byte == quote => {
                    if !triple {
                        self.pos += 1;
                        break;
                    }
                    if self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote) {
                        self.pos += 3;
                        break;
                    }
                    self.pos += 1;
                }
                Some(_) => self.pos += 1,
            }
        }
        self.push(TokenKind::String, start);
        Ok(())
    }

    fn unterminated_string(&mut self, start: usize, triple: bool) -> SyntaxError {
        let span = self.span(start, start);
        self.lines.advance(self.bytes, self.pos);
        let line = self.lines.line;
        let kind = if triple {
            SyntaxErrorKind::UnterminatedTripleQuotedString(line)
        } else {
            SyntaxErrorKind::UnterminatedString(line)
        };
        SyntaxError::new(kind, span)
    }

    /// Scans a number literal, checking it the way CPython's tokenizer does.
    fn number(&mut self, start: usize) -> Result<(), SyntaxError> {
        let first = self.peek();
        let radix = match (first, self.peek_at(1)) {
            (Some(b'0'), Some(b'x' | b'X')) => Some((16, "hexadecimal")),
            (Some(b'0'), Some(b'o' | b'O')) => Some((8, "octal")),
            (Some(b'0'), Some(b'b' | b'B')) => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, name)) = radix {
            return self.radix_number(start, radix, name);
        }
        let mut kind = TokenKind::Int;
        let mut leading_zeros = false;
        if first != Some(b'.') {
            let digits_start = self.pos;
            self.decimal_digits()?;
            let digits = self.bytes.get(digits_start..self.pos).unwrap_or(&[]);
            leading_zeros =
                digits.first() == Some(&b'0') && digits.iter().any(|d| matches!(d, b'1'..=b'9'));
        }
        if self.peek() == Some(b'.') {
            kind = TokenKind::Float;
            self.pos += 1;
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                self.decimal_digits()?;
            }
        }
        let exponent = match (self.peek_at(1), self.peek_at(2)) {
            (Some(b'0'..=b'9'), _) | (Some(b'+' | b'-'), _) => {
                matches!(self.peek(), Some(b'e' | b'E'))
            }
            // `1else`: the `e` starts a keyword, which `check_number_end` vets.
            _ => false,
        };
        if exponent {
            kind = TokenKind::Float;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                let last = self.pos - 1;
                return Err(self.error(SyntaxErrorKind::InvalidNumber("decimal"), last, last));
            }
            self.decimal_digits()?;
        }
        if matches!(self.peek(), Some(b'j' | b'J')) {
            kind = TokenKind::Imaginary;
            self.pos += 1;
        }
        if kind == TokenKind::Int && leading_zeros {
            return Err(self.error(SyntaxErrorKind::LeadingZeros, start, start + 1));
        }
        self.check_number_end(start, "decimal")?;
        self.push(kind, start);
        Ok(())
    }

    /// Consumes decimal digits with single underscores between them.
    fn decimal_digits(&mut self) -> Result<(), SyntaxError> {
        loop {
            while matches!(self.peek(), Some(b'0'..=b'9')) {
                self.pos += 1;
            }
            if self.peek() != Some(b'_') {
                return Ok(());
            }
            if !matches!(self.peek_at(1), Some(b'0'..=b'9')) {
                return Err(self.error(
                    SyntaxErrorKind::InvalidNumber("decimal"),
                    self.pos,
                    self.pos,
                ));
            }
            self.pos += 1;
        }
    }

    fn radix_number(
        &mut self,
        start: usize,
        radix: u32,
        name: &'static str,
    ) -> Result<(), SyntaxError> {
        self.pos += 2;
        let mut digits = 0;
        loop {
            if self.peek() == Some(b'_') {
                self.pos += 1;
            }
            let digit = self.peek().and_then(|b| char::from(b).to_digit(radix));
            if digit.is_none() {
                if digits == 0 || self.bytes.get(self.pos - 1) == Some(&b'_') {
                    if let Some(bad) = self.peek().filter(u8::is_ascii_digit) {
                        let kind = SyntaxErrorKind::InvalidDigit {
                            digit: char::from(bad),
                            kind: name,
                        };
                        return Err(self.error(kind, self.pos, self.pos));
                    }
                    // CPython points at the last character of the literal.
                    let last = self.pos - 1;
                    return Err(self.error(SyntaxErrorKind::InvalidNumber(name), last, last));
                }
                break;
            }
            digits += 1;
            self.pos += 1;
        }
        if let Some(bad) = self.peek().filter(u8::is_ascii_digit) {
            let kind = SyntaxErrorKind::InvalidDigit {
                digit: char::from(bad),
                kind: name,
            };
            return Err(self.error(kind, self.pos, self.pos));
        }
        self.check_number_end(start, name)?;
        self.push(TokenKind::Int, start);
        Ok(())
    }

    /// A number may not run straight into a name, except into the keywords CPython
    /// tolerates there (`1if x else y`, `0x1for`).
    fn check_number_end(&mut self, start: usize, name: &'static str) -> Result<(), SyntaxError> {
        let rest = self.source.get(self.pos..self.bytes.len()).unwrap_or("");
        let Some(next) = rest.chars().next() else {
            return Ok(());
        };
        if !(next == '_' || next.is_ascii_alphanumeric() || unicode_ident::is_xid_continue(next)) {
            return Ok(());
        }
        const TOLERATED: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];
        if TOLERATED.iter().any(|keyword| rest.starts_with(keyword)) {
            return Ok(());
        }
        // CPython points at the last character of the number.
        let last = self.pos.saturating_sub(1).max(start);
        Err(self.error(SyntaxErrorKind::InvalidNumber(name), last, last))
    }
}

/// Whether `word` is a string prefix Python accepts (any case): r, u, b, f, br, rb, fr, rf.
fn is_string_prefix(word: &str) -> bool {
    if word.len() > 2 {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Roughly Python's `str.isprintable()`: what decides between the two invalid-character messages.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenKind::*;

    fn kinds(source: &str) -> Vec<TokenKind> {
        let tokens = tokenize(source, 200);
        assert!(tokens.error.is_none(), "{source:?}");
        tokens.tokens.iter().map(|t| t.kind).collect()
    }

    fn lex_error(source: &str) -> SyntaxError {
        tokenize(source, 200).error.expect("should fail")
    }

    #[test]
    fn simple_statement() {
        assert_eq!(kinds("x = 1\n"), [Name, Equal, Int, Newline, EndOfFile]);
        assert_eq!(kinds("x = 1"), [Name, Equal, Int, Newline, EndOfFile]);
        assert_eq!(kinds(""), [EndOfFile]);
        assert_eq!(kinds("\n\n# comment\n"), [EndOfFile]);
    }

    #[test]
    fn indentation_blocks() {
        let source = "if x:\n    y\n\n    # c\n        \n    z\nw\n";
        assert_eq!(
            kinds(source),
            [
                If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, Name,
                Newline, EndOfFile
            ]
        );
        assert_eq!(
            kinds("if x:\n  if y:\n    z"),
            [
                If, Name, Colon, Newline, Indent, If, Name, Colon, Newline, Indent, Name, Newline,
                Dedent, Dedent, EndOfFile
            ]
        );
    }

    #[test]
    fn tabs_follow_cpython_rules() {
        assert_eq!(
            kinds("if x:\n\ty\n\tz\n")
                .iter()
                .filter(|k| **k == Indent)
                .count(),
            1
        );
        assert_eq!(
            lex_error("if x:\n\ty\n        z\n").kind,
            SyntaxErrorKind::InconsistentTabs
        );
        let error = lex_error("if 1:\n\tif 1:\n        x\n\ty\n");
        assert_eq!(error.kind, SyntaxErrorKind::InconsistentTabs);
        assert_eq!(error.python_type(), "TabError");
        assert_eq!(error.span.line, 3);
    }

    #[test]
    fn implicit_and_explicit_joining() {
        assert_eq!(
            kinds("x = (1,\n  2)\n"),
            [Name, Equal, LParen, Int, Comma, Int, RParen, Newline, EndOfFile]
        );
        assert_eq!(
            kinds("x = 1 + \\\n  2\n"),
            [Name, Equal, Int, Plus, Int, Newline, EndOfFile]
        );
        assert_eq!(
            kinds("x = 1\r\ny = 2\r\n"),
            [Name, Equal, Int, Newline, Name, Equal, Int, Newline, EndOfFile]
        );
        assert_eq!(kinds("\u{feff}x\n"), [Name, Newline, EndOfFile]);
        assert_eq!(kinds("\x0cx\n"), [Name, Newline, EndOfFile]);
    }

    #[test]
    fn operators_longest_match() {
        assert_eq!(
            kinds("a **= b // c ... -> := != <<= >>"),
            [
                Name,
                DoubleStarEqual,
                Name,
                DoubleSlash,
                Name,
                Ellipsis,
                Arrow,
                ColonEqual,
                NotEqual,
                LeftShiftEqual,
                RightShift,
                Newline,
                EndOfFile
            ]
        );
    }

    #[test]
    fn numbers() {
        for (source, kind) in [
            ("0", Int),
            ("00", Int),
            ("1_000", Int),
            ("0x_ff", Int),
            ("0o17", Int),
            ("0b1_0", Int),
            ("1.", Float),
            (".5", Float),
            ("1e10", Float),
            ("1_0.5e-3", Float),
            ("0777.5", Float),
            ("2j", Imaginary),
            ("1.5J", Imaginary),
        ] {
            assert_eq!(kinds(source), [kind, Newline, EndOfFile], "{source}");
        }
        assert_eq!(
            kinds("1if x else 2"),
            [Int, If, Name, Else, Int, Newline, EndOfFile]
        );
    }

    #[test]
    fn number_errors() {
        for (source, message, col) in [
            ("x = 0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5),
            ("x = 1abc", "invalid decimal literal", 5),
            ("x = 1_", "invalid decimal literal", 6),
            ("x = 1__0", "invalid decimal literal", 6),
            ("x = 1e", "invalid decimal literal", 5),
            ("x = 0x", "invalid hexadecimal literal", 6),
            ("x = 0b12", "invalid digit '2' in binary literal", 8),
            ("x = 0o8", "invalid digit '8' in octal literal", 7),
        ] {
            let error = lex_error(source);
            assert_eq!((error.message().as_str(), error.span.col), (message, col), "{source}");
        }
    }

    #[test]
    fn strings() {
        assert_eq!(
            kinds("'a' \"b\" '''c\nd''' rb'x' F\"y\" u'z'"),
            [String, String, String, String, String, String, Newline, EndOfFile]
        );
        assert_eq!(kinds("'a\\\nb'"), [String, Newline, EndOfFile]);
        assert_eq!(kinds("ub'x'"), [Name, String, Newline, EndOfFile]);
        let error = lex_error("x = \"abc\ny = 1");
        assert_eq!(
            error.message(),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!((error.span.line, error.span.col), (1, 5));
        let error = lex_error("x = '''abc\ny = 1\n");
        assert_eq!(
            error.message(),
            "unterminated triple-quoted string literal (detected at line 3)"
        );
    }

    #[test]
    fn brackets() {
        assert_eq!(lex_error("x = )").message(), "unmatched ')'");
        assert_eq!(
            lex_error("x = (]").message(),
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            lex_error("x = (\n]").message(),
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        let tokens = tokenize("x = [1,\n", 200);
        let unclosed = tokens.error_at_end.expect("unclosed");
        assert_eq!(
            (unclosed.message().as_str(), unclosed.span.col),
            ("'[' was never closed", 5)
        );
        assert_eq!(
            lex_error(&"(".repeat(100_000)).message(),
            "too many nested parentheses"
        );
    }

    #[test]
    fn invalid_characters_and_positions() {
        let error = lex_error("y = a€");
        assert_eq!(
            (error.message().as_str(), error.span.col),
            ("invalid character '€' (U+20AC)", 6)
        );
        assert_eq!(
            lex_error("x = 1\\ 2").message(),
            "unexpected character after line continuation character"
        );
        let tokens = tokenize("é = 'ü'\n  ", 200).tokens;
        assert_eq!(
            tokens[0].span,
            Span {
                start: 0,
                end: 2,
                line: 1,
                col: 1,
                end_line: 1,
                end_col: 2
            }
        );
        assert_eq!((tokens[2].span.col, tokens[2].span.end_col), (5, 8));
    }

    #[test]
    fn indentation_errors() {
        let error = lex_error("if 1:\n    x\n  y\n");
        assert_eq!(
            (
                error.message().as_str(),
                error.python_type(),
                error.span.line
            ),
            (
                "unindent does not match any outer indentation level",
                "IndentationError",
                3
            )
        );
        let deep: std::string::String = (0..150)
            .map(|level| format!("{}if 1:\n", " ".repeat(level)))
            .collect();
        assert_eq!(lex_error(&deep).message(), "too many levels of indentation");
    }
}
