//! The `match` statement and its `case` patterns (PEG grammar of CPython 3.11's
//! `match_stmt`). `match` and `case` are soft keywords: a line starting with `match` is a
//! match statement only when it reads as one up to the first `case`, and is parsed again
//! as an ordinary statement otherwise (`match = 1`, `match(x)`).

use super::{PResult, Parser};
use crate::syntax::ast::{
    BinOp, Constant, Expr, ExprContext, ExprKind, MatchCase, Pattern, PatternKind, Span, Stmt,
    StmtKind, UnaryOp,
};
use crate::syntax::error::SyntaxErrorKind;
use crate::syntax::token::TokenKind;

/// What a line starting with the name `match` is.
pub(super) enum MatchLine {
    /// A match statement.
    Match(Box<Stmt>),
    /// `match subject` and a line break where the `:` belongs: a syntax error at that
    /// span unless the line parses as an ordinary statement.
    MissingColon(Span),
    /// An ordinary statement (`match = 1`, `match(x)`).
    Other,
}

impl Parser<'_> {
    /// Whether the current token is the soft keyword `word` (a name spelled so).
    fn at_soft_keyword(&self, word: &str) -> bool {
        self.at(TokenKind::Name) && self.text(self.token()) == word
    }

    /// A `match` statement when the line starting at the current `match` name is one;
    /// otherwise nothing is consumed and the line is to be parsed as an ordinary one.
    pub(super) fn match_statement(&mut self) -> PResult<MatchLine> {
        if !self.at_soft_keyword("match") {
            return Ok(MatchLine::Other);
        }
        let start = self.checkpoint();
        let keyword = self.bump();
        let subject = match self.match_subject() {
            Ok(subject) => subject,
            Err(_) => {
                self.restore(start);
                return Ok(MatchLine::Other);
            }
        };
        if self.at(TokenKind::Newline) {
            // `match x` and a line break: an ordinary statement if the line is one
            // (`match -x`), else CPython's "expected ':'" (see `statement_into`).
            let newline = self.token().span;
            self.restore(start);
            return Ok(MatchLine::MissingColon(newline));
        }
        let opens_cases = self.at(TokenKind::Colon)
            && self.peek_second() == TokenKind::Newline
            && self.token_at(self.pos + 2).kind == TokenKind::Indent
            && self.token_at(self.pos + 3).kind == TokenKind::Name
            && self.text(self.token_at(self.pos + 3)) == "case";
        if !opens_cases {
            self.restore(start);
            return Ok(MatchLine::Other);
        }
        self.bump();
        self.bump();
        self.bump();
        let mut cases = Vec::new();
        while !self.eat(TokenKind::Dedent) {
            if !self.at_soft_keyword("case") {
                return Err(self.unexpected());
            }
            cases.push(self.case_block()?);
        }
        Ok(MatchLine::Match(Box::new(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: self.statement_span(keyword.span),
        })))
    }

    /// The subject: a named expression, or an unparenthesised tuple (`match a, *b:`).
    fn match_subject(&mut self) -> PResult<Expr> {
        let first = self.star_named_expression()?;
        if !self.at(TokenKind::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.unexpected());
            }
            return Ok(first);
        }
        let start = first.span;
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(Self::expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        ))
    }

    /// `case patterns [if guard]: block`.
    fn case_block(&mut self) -> PResult<MatchCase> {
        let keyword = self.bump();
        let pattern = self.case_patterns()?;
        let guard = if self.eat(TokenKind::If) {
            Some(self.named_expression()?)
        } else {
            None
        };
        let body = self.block("'case' statement", keyword.span)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// The pattern after `case`: an open sequence (`case a, b:`) or one pattern.
    fn case_patterns(&mut self) -> PResult<Pattern> {
        let first = self.maybe_star_pattern()?;
        if !self.at(TokenKind::Comma) {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(Self::error_at(SyntaxErrorKind::InvalidSyntax, first.span));
            }
            return Ok(first);
        }
        let start = first.span;
        let items = self.more_items(first, &[TokenKind::Colon, TokenKind::If])?;
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.span_from(start),
        })
    }

    /// The items of a sequence pattern from `first` on: `, item` while no token of `ends`
    /// follows the comma (the closing token is left for the caller).
    fn more_items(&mut self, first: Pattern, ends: &[TokenKind]) -> PResult<Vec<Pattern>> {
        let mut items = vec![first];
        while self.eat(TokenKind::Comma) && !ends.contains(&self.peek()) {
            items.push(self.maybe_star_pattern()?);
        }
        Ok(items)
    }

    /// `pattern` or `*name` (a sequence item).
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at(TokenKind::Star) {
            return self.pattern();
        }
        let star = self.bump();
        let name = self.capture_target()?;
        Ok(Pattern {
            kind: PatternKind::Star(name),
            span: self.span_from(star.span),
        })
    }

    /// `or_pattern ['as' name]`.
    fn pattern(&mut self) -> PResult<Pattern> {
        let inner = self.or_pattern()?;
        if !self.eat(TokenKind::As) {
            return Ok(inner);
        }
        let target = self.token();
        let name = match self.capture_target() {
            Ok(Some(name)) => name,
            Ok(None) => {
                return Err(Self::error_at(
                    SyntaxErrorKind::UnderscoreTarget,
                    target.span,
                ))
            }
            Err(_) => {
                return Err(Self::error_at(
                    SyntaxErrorKind::InvalidPatternTarget,
                    target.span,
                ))
            }
        };
        let span = inner.span.to(self.last_span);
        Ok(Pattern {
            kind: PatternKind::As {
                pattern: Some(Box::new(inner)),
                name: Some(name),
            },
            span,
        })
    }

    /// `closed_pattern ('|' closed_pattern)*`.
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let first = self.closed_pattern()?;
        if !self.at(TokenKind::Pipe) {
            return Ok(first);
        }
        let start = first.span;
        let mut alternatives = vec![first];
        while self.eat(TokenKind::Pipe) {
            alternatives.push(self.closed_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::Or(alternatives),
            span: self.span_from(start),
        })
    }

    /// A name a pattern binds: `None` for the wildcard `_`; fails on anything but a name
    /// that is not followed by `.`, `(` or `=`.
    fn capture_target(&mut self) -> PResult<Option<String>> {
        let token = self.expect(TokenKind::Name)?;
        if matches!(
            self.peek(),
            TokenKind::Dot | TokenKind::LParen | TokenKind::Equal
        ) {
            return Err(self.unexpected());
        }
        let name = self.text(token).to_owned();
        Ok((name != "_").then(|| self.mangle(name)))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let token = self.token();
        let single = |kind| Pattern {
            kind,
            span: token.span,
        };
        match token.kind {
            TokenKind::None | TokenKind::True | TokenKind::False => {
                self.bump();
                Ok(single(PatternKind::Singleton(singleton(token.kind))))
            }
            TokenKind::Int
            | TokenKind::Float
            | TokenKind::Imaginary
            | TokenKind::Minus
            | TokenKind::String => {
                let value = self.literal_expr()?;
                Ok(Pattern {
                    span: value.span,
                    kind: PatternKind::Value(value),
                })
            }
            TokenKind::LParen => self.nested(Self::paren_pattern),
            TokenKind::LSquare => self.nested(Self::list_pattern),
            TokenKind::LBrace => self.nested(Self::mapping_pattern),
            TokenKind::Name => self.name_pattern(),
            _ => Err(self.unexpected()),
        }
    }

    /// A literal a pattern compares with: a signed number, `a + bj`, or strings (not
    /// f-strings).
    fn literal_expr(&mut self) -> PResult<Expr> {
        let token = self.token();
        if token.kind == TokenKind::String {
            let value = self.strings()?;
            if matches!(value.kind, ExprKind::JoinedStr(_)) {
                return Err(Self::error_at(
                    SyntaxErrorKind::PatternNotLiteral,
                    value.span,
                ));
            }
            return Ok(value);
        }
        let real = self.signed_number()?;
        let op = match self.peek() {
            TokenKind::Plus => BinOp::Add,
            TokenKind::Minus => BinOp::Sub,
            _ => return Ok(real),
        };
        self.bump();
        let imaginary = self.token();
        if imaginary.kind != TokenKind::Imaginary {
            return Err(self.unexpected());
        }
        let right = self.signed_number()?;
        Ok(Self::expr(
            ExprKind::BinOp {
                left: Box::new(real),
                op,
                right: Box::new(right),
            },
            self.span_from(token.span),
        ))
    }

    /// `NUMBER` or `-NUMBER`.
    fn signed_number(&mut self) -> PResult<Expr> {
        let start = self.token();
        let negative = self.eat(TokenKind::Minus);
        let token = self.token();
        if !matches!(
            token.kind,
            TokenKind::Int | TokenKind::Float | TokenKind::Imaginary
        ) {
            return Err(self.unexpected());
        }
        self.bump();
        let number = Self::expr(
            ExprKind::Constant(super::numbers::number_constant(
                token.kind,
                self.text(token),
            )),
            token.span,
        );
        if !negative {
            return Ok(number);
        }
        Ok(Self::expr(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(number),
            },
            self.span_from(start.span),
        ))
    }

    /// A pattern starting with a name: a capture, the wildcard, a dotted value, or a
    /// class pattern.
    fn name_pattern(&mut self) -> PResult<Pattern> {
        let start = self.token().span;
        if !matches!(
            self.peek_second(),
            TokenKind::Dot | TokenKind::LParen | TokenKind::Equal
        ) {
            let name = self.capture_target()?;
            return Ok(Pattern {
                kind: PatternKind::As {
                    pattern: None,
                    name,
                },
                span: start,
            });
        }
        let value = self.name_or_attr()?;
        if self.at(TokenKind::LParen) {
            return self.nested(|p| p.class_pattern(value));
        }
        if !matches!(value.kind, ExprKind::Attribute { .. }) {
            return Err(self.unexpected());
        }
        Ok(Pattern {
            span: value.span,
            kind: PatternKind::Value(value),
        })
    }

    /// `name ('.' name)*` as a load of the name and its attributes.
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let first = self.expect(TokenKind::Name)?;
        let id = self.mangle(self.text(first).to_owned());
        let mut value = Self::expr(
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            first.span,
        );
        while self.eat(TokenKind::Dot) {
            let attr = self.expect_mangled_name()?;
            self.chain_link()?;
            value = Self::expr(
                ExprKind::Attribute {
                    value: Box::new(value),
                    attr,
                    ctx: ExprContext::Load,
                },
                self.span_from(first.span),
            );
        }
        Ok(value)
    }

    /// `Cls(p, ..., attr=q, ...)`, the current token being `(`.
    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        self.expect(TokenKind::LParen)?;
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(TokenKind::RParen) {
            if self.at(TokenKind::Name) && self.peek_second() == TokenKind::Equal {
                let attr = self.expect_mangled_name()?;
                self.bump();
                kwd_attrs.push(attr);
                kwd_patterns.push(self.pattern()?);
            } else {
                let item = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(Self::error_at(
                        SyntaxErrorKind::PositionalPatternAfterKeyword,
                        item.span,
                    ));
                }
                patterns.push(item);
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::RParen)?;
        Ok(Pattern {
            span: self.span_from(cls.span),
            kind: PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
        })
    }

    /// `(pattern)` (a group) or `(p, ...)` / `()` (a sequence).
    fn paren_pattern(&mut self) -> PResult<Pattern> {
        let open = self.expect(TokenKind::LParen)?;
        if self.eat(TokenKind::RParen) {
            return Ok(Pattern {
                kind: PatternKind::Sequence(Vec::new()),
                span: self.span_from(open.span),
            });
        }
        let first = self.maybe_star_pattern()?;
        if self.eat(TokenKind::RParen) {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(Self::error_at(SyntaxErrorKind::InvalidSyntax, first.span));
            }
            return Ok(first);
        }
        let items = self.more_items(first, &[TokenKind::RParen])?;
        self.expect(TokenKind::RParen)?;
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.span_from(open.span),
        })
    }

    /// `[p, ...]`.
    fn list_pattern(&mut self) -> PResult<Pattern> {
        let open = self.expect(TokenKind::LSquare)?;
        let items = if self.at(TokenKind::RSquare) {
            Vec::new()
        } else {
            let first = self.maybe_star_pattern()?;
            self.more_items(first, &[TokenKind::RSquare])?
        };
        self.expect(TokenKind::RSquare)?;
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.span_from(open.span),
        })
    }

    /// `{key: p, ..., **rest}`.
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let open = self.expect(TokenKind::LBrace)?;
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(TokenKind::RBrace) {
            if self.eat(TokenKind::DoubleStar) {
                let target = self.token();
                rest =
                    Some(self.capture_target()?.ok_or_else(|| {
                        Self::error_at(SyntaxErrorKind::InvalidSyntax, target.span)
                    })?);
                self.eat(TokenKind::Comma);
                break;
            }
            let key = match self.peek() {
                TokenKind::None | TokenKind::True | TokenKind::False => {
                    let token = self.bump();
                    Self::expr(ExprKind::Constant(singleton(token.kind)), token.span)
                }
                TokenKind::Name => {
                    let key = self.name_or_attr()?;
                    if !matches!(key.kind, ExprKind::Attribute { .. }) {
                        return Err(Self::error_at(SyntaxErrorKind::InvalidSyntax, key.span));
                    }
                    key
                }
                _ => self.literal_expr()?,
            };
            self.expect(TokenKind::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::RBrace)?;
        Ok(Pattern {
            kind: PatternKind::Mapping {
                keys,
                patterns,
                rest,
            },
            span: self.span_from(open.span),
        })
    }
}

/// The constant a `None`, `True` or `False` token stands for.
fn singleton(kind: TokenKind) -> Constant {
    match kind {
        TokenKind::None => Constant::None,
        kind => Constant::Bool(kind == TokenKind::True),
    }
}
