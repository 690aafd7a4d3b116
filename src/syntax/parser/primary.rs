//! Primaries: atoms (names, literals, bracketed forms and displays, comprehensions) and
//! the trailers that follow them (attribute access, calls, subscripts).

use super::expr::Prec;
use super::{PResult, Parser};
use crate::syntax::ast::{Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword, Span};
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::token::TokenKind;

/// The arguments of a call or class header.
pub(super) struct CallArguments {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

/// Which comprehension a display turns into.
enum ComprehensionKind {
    List,
    Set,
    Generator,
}

impl Parser<'_> {
    /// An atom followed by any number of `.name`, `(args)` and `[slices]` trailers.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.token().span;
        let saved_tree_depth = self.tree_depth;
        let mut expr = self.chain_start(Self::atom)?;
        loop {
            let kind = match self.peek() {
                TokenKind::Dot => {
                    self.bump();
                    let attr = self.expect_mangled_name()?;
                    ExprKind::Attribute {
                        value: Box::new(expr),
                        attr,
                        ctx: ExprContext::Load,
                    }
                }
                TokenKind::LParen => {
                    let open = self.bump();
                    let CallArguments { args, keywords } =
                        self.nested(|p| p.call_arguments(open.span))?;
                    ExprKind::Call {
                        func: Box::new(expr),
                        args,
                        keywords,
                    }
                }
                TokenKind::LSquare => {
                    self.bump();
                    let slice = self.nested(Self::subscript_slices)?;
                    if !self.eat(TokenKind::RSquare) {
                        return Err(self.missing_comma(&slice));
                    }
                    ExprKind::Subscript {
                        value: Box::new(expr),
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                    }
                }
                _ => break,
            };
            self.chain_link()?;
            expr = Self::expr(kind, self.span_from(start));
        }
        self.tree_depth = saved_tree_depth;
        Ok(expr)
    }

    fn atom(&mut self) -> PResult<Expr> {
        let token = self.token();
        let constant = |value| Ok(Self::expr(ExprKind::Constant(value), token.span));
        match token.kind {
            TokenKind::Name => {
                self.bump();
                let id = self.mangle(self.text(token).to_owned());
                Ok(Self::expr(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    token.span,
                ))
            }
            TokenKind::Int | TokenKind::Float | TokenKind::Imaginary => {
                self.bump();
                constant(super::numbers::number_constant(
                    token.kind,
                    self.text(token),
                ))
            }
            TokenKind::String => self.strings(),
            TokenKind::None => {
                self.bump();
                constant(Constant::None)
            }
            TokenKind::True | TokenKind::False => {
                self.bump();
                constant(Constant::Bool(token.kind == TokenKind::True))
            }
            TokenKind::Ellipsis => {
                self.bump();
                constant(Constant::Ellipsis)
            }
            TokenKind::LParen => self.nested(Self::parenthesized),
            TokenKind::LSquare => self.nested(Self::list_display),
            TokenKind::LBrace => self.nested(Self::brace_display),
            _ => Err(self.unexpected()),
        }
    }

    /// `( ... )`: an empty tuple, a parenthesised expression or yield, a tuple, or a generator.
    fn parenthesized(&mut self) -> PResult<Expr> {
        let open = self.expect(TokenKind::LParen)?;
        if self.eat(TokenKind::RParen) {
            return Ok(Self::expr(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                self.span_from(open.span),
            ));
        }
        if self.at(TokenKind::Yield) {
            let value = self.yield_expression()?;
            self.expect(TokenKind::RParen)?;
            return Ok(value);
        }
        let first = self.star_named_expression()?;
        if self.at(TokenKind::For) {
            return self.comprehension(
                open.span,
                first,
                ComprehensionKind::Generator,
                TokenKind::RParen,
            );
        }
        if self.eat(TokenKind::RParen) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(Self::error_at(SyntaxErrorKind::StarredHere, first.span));
            }
            return Ok(first);
        }
        if !self.at(TokenKind::Comma) {
            return Err(self.missing_comma(&first));
        }
        let elts = self.sequence_rest(first, TokenKind::RParen)?;
        Ok(Self::expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(open.span),
        ))
    }

    /// `[ ... ]`: a list display or list comprehension.
    fn list_display(&mut self) -> PResult<Expr> {
        let open = self.expect(TokenKind::LSquare)?;
        if self.eat(TokenKind::RSquare) {
            return Ok(Self::expr(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                self.span_from(open.span),
            ));
        }
        let first = self.star_named_expression()?;
        if self.at(TokenKind::For) {
            return self.comprehension(
                open.span,
                first,
                ComprehensionKind::List,
                TokenKind::RSquare,
            );
        }
        let elts = self.sequence_rest(first, TokenKind::RSquare)?;
        Ok(Self::expr(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(open.span),
        ))
    }

    /// The remaining `, item` elements of a bracketed sequence, through the closing bracket.
    fn sequence_rest(&mut self, first: Expr, close: TokenKind) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        loop {
            if self.eat(close) {
                return Ok(elts);
            }
            if !self.eat(TokenKind::Comma) {
                let last = elts.last().map_or(self.last_span, |elt| elt.span);
                return Err(self.missing_comma_after(last));
            }
            if self.eat(close) {
                return Ok(elts);
            }
            elts.push(self.star_named_expression()?);
        }
    }

    /// `{ ... }`: a dict or set display, or a dict or set comprehension.
    fn brace_display(&mut self) -> PResult<Expr> {
        let open = self.expect(TokenKind::LBrace)?;
        if self.eat(TokenKind::RBrace) {
            let kind = ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            };
            return Ok(Self::expr(kind, self.span_from(open.span)));
        }
        if self.at(TokenKind::DoubleStar) {
            return self.dict_rest(open.span, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.eat(TokenKind::Colon) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(Self::error_at(SyntaxErrorKind::InvalidSyntax, first.span));
            }
            let value = self.expression()?;
            if self.at(TokenKind::For) {
                let generators = self.comprehension_clauses()?;
                self.expect(TokenKind::RBrace)?;
                let kind = ExprKind::DictComp {
                    key: Box::new(first),
                    value: Box::new(value),
                    generators,
                };
                return Ok(Self::expr(kind, self.span_from(open.span)));
            }
            return self.dict_rest(open.span, vec![Some(first)], vec![value]);
        }
        if self.at(TokenKind::For) {
            return self.comprehension(open.span, first, ComprehensionKind::Set, TokenKind::RBrace);
        }
        let elts = self.sequence_rest(first, TokenKind::RBrace)?;
        Ok(Self::expr(ExprKind::Set(elts), self.span_from(open.span)))
    }

    /// The rest of a dict display after the entries already parsed.
    fn dict_rest(
        &mut self,
        open: Span,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        loop {
            if !keys.is_empty() {
                if self.at(TokenKind::RBrace) {
                    break;
                }
                if !self.eat(TokenKind::Comma) {
                    let last = values.last().map_or(open, |value| value.span);
                    return Err(self.missing_comma_after(last));
                }
            }
            if self.at(TokenKind::RBrace) {
                break;
            }
            let entry = self.token().span;
            if self.eat(TokenKind::DoubleStar) {
                keys.push(None);
                values.push(self.binary(Prec::BitOr)?);
                if self.at(TokenKind::For) {
                    return Err(Self::error_at(
                        SyntaxErrorKind::DoubleStarInComprehension,
                        self.span_from(entry),
                    ));
                }
                continue;
            }
            let key = self.expression()?;
            if !self.eat(TokenKind::Colon) {
                if matches!(self.peek(), TokenKind::Comma | TokenKind::RBrace) {
                    return Err(Self::error_at(SyntaxErrorKind::DictMissingColon, key.span));
                }
                return Err(self.unexpected());
            }
            keys.push(Some(key));
            values.push(self.expression()?);
        }
        self.bump();
        Ok(Self::expr(
            ExprKind::Dict { keys, values },
            self.span_from(open),
        ))
    }

    /// A list/set/generator comprehension whose element has been parsed; the current token is `for`.
    fn comprehension(
        &mut self,
        open: Span,
        elt: Expr,
        kind: ComprehensionKind,
        close: TokenKind,
    ) -> PResult<Expr> {
        if matches!(elt.kind, ExprKind::Starred { .. }) {
            return Err(Self::error_at(
                SyntaxErrorKind::StarInComprehension,
                elt.span,
            ));
        }
        let generators = self.comprehension_clauses()?;
        self.expect(close)?;
        let elt = Box::new(elt);
        let kind = match kind {
            ComprehensionKind::List => ExprKind::ListComp { elt, generators },
            ComprehensionKind::Set => ExprKind::SetComp { elt, generators },
            ComprehensionKind::Generator => ExprKind::GeneratorExp { elt, generators },
        };
        Ok(Self::expr(kind, self.span_from(open)))
    }

    /// One or more `for target in iter if cond...` clauses.
    fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at(TokenKind::For) || self.at(TokenKind::Async) {
            if self.at(TokenKind::Async) {
                return Err(self.unexpected());
            }
            self.bump();
            let target = self.for_target()?;
            self.expect(TokenKind::In)?;
            let iter = self.binary(Prec::Or)?;
            let mut ifs = Vec::new();
            while self.eat(TokenKind::If) {
                ifs.push(self.binary(Prec::Or)?);
            }
            generators.push(Comprehension { target, iter, ifs });
        }
        Ok(generators)
    }

    /// The target list of a `for` clause or statement: stops before `in`.
    pub(super) fn for_target(&mut self) -> PResult<Expr> {
        let mut target = self.bare_tuple(|p| {
            if p.at(TokenKind::Star) {
                p.starred()
            } else {
                p.binary(Prec::BitOr)
            }
        })?;
        super::targets::set_store(&mut target)?;
        Ok(target)
    }

    /// The arguments of a call after its `(`, through the `)`.
    pub(super) fn call_arguments(&mut self, open: Span) -> PResult<CallArguments> {
        let mut arguments = CallArguments {
            args: Vec::new(),
            keywords: Vec::new(),
        };
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        let mut generator_span = None;
        while !self.at(TokenKind::RParen) {
            if !arguments.args.is_empty() || !arguments.keywords.is_empty() {
                if !self.eat(TokenKind::Comma) {
                    let last = arguments
                        .args
                        .last()
                        .map(|a| a.span)
                        .or(arguments.keywords.last().map(|k| k.span));
                    return Err(self.missing_comma_after(last.unwrap_or(open)));
                }
                if self.at(TokenKind::RParen) {
                    break;
                }
            }
            let start = self.token().span;
            match self.peek() {
                TokenKind::Star => {
                    let starred = self.starred()?;
                    if seen_double_star {
                        return Err(Self::error_at(
                            SyntaxErrorKind::IterableAfterKwUnpack,
                            starred.span,
                        ));
                    }
                    arguments.args.push(starred);
                }
                TokenKind::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    seen_double_star = true;
                    arguments.keywords.push(Keyword {
                        name: None,
                        value,
                        span: self.span_from(start),
                    });
                }
                TokenKind::Name if self.peek_second() == TokenKind::Equal => {
                    // A keyword argument's name is not mangled (CPython's isn't either).
                    let name = self.expect_name()?;
                    self.bump();
                    let value = self.expression()?;
                    seen_keyword = true;
                    arguments.keywords.push(Keyword {
                        name: Some(name),
                        value,
                        span: self.span_from(start),
                    });
                }
                _ => {
                    let mut value = self.named_expression()?;
                    if self.at(TokenKind::Equal) {
                        let span = value.span.to(self.token().span);
                        return Err(Self::error_at(SyntaxErrorKind::AssignInKeyword, span));
                    }
                    if self.at(TokenKind::For) {
                        let generators = self.comprehension_clauses()?;
                        let span = self.span_from(value.span);
                        let kind = ExprKind::GeneratorExp {
                            elt: Box::new(value),
                            generators,
                        };
                        value = Self::expr(kind, span);
                        generator_span = Some(span);
                    }
                    if seen_double_star {
                        return Err(Self::error_at(
                            SyntaxErrorKind::PositionalAfterKwUnpack,
                            self.token().span,
                        ));
                    }
                    if seen_keyword {
                        return Err(Self::error_at(
                            SyntaxErrorKind::PositionalAfterKeyword,
                            self.token().span,
                        ));
                    }
                    arguments.args.push(value);
                }
            }
        }
        let close = self.expect(TokenKind::RParen)?;
        if let Some(span) = generator_span {
            let alone = arguments.args.len() == 1 && arguments.keywords.is_empty();
            let trailing_comma = self.token_at(self.pos.saturating_sub(2)).kind == TokenKind::Comma;
            if !alone || trailing_comma {
                return Err(Self::error_at(
                    SyntaxErrorKind::UnparenthesizedGenerator,
                    span,
                ));
            }
            if let Some(generator) = arguments.args.first_mut() {
                generator.span = open.to(close.span);
            }
        }
        Ok(arguments)
    }

    /// The inside of `value[...]`: one slice or expression, or a tuple of them.
    fn subscript_slices(&mut self) -> PResult<Expr> {
        let start = self.token().span;
        let first = self.slice_item()?;
        let starred = matches!(first.kind, ExprKind::Starred { .. });
        if !self.at(TokenKind::Comma) && !starred {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if self.at(TokenKind::RSquare) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(Self::expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.span_from(start),
        ))
    }

    /// `lower:upper:step` (each part optional), a starred item, or a named expression.
    fn slice_item(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            return self.starred();
        }
        let start = self.token().span;
        let lower = if self.at(TokenKind::Colon) {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.eat(TokenKind::Colon) {
            return lower.ok_or_else(|| self.unexpected());
        }
        let upper = self.optional_slice_bound()?;
        let step = if self.eat(TokenKind::Colon) {
            self.optional_slice_bound()?
        } else {
            None
        };
        let kind = ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
        };
        Ok(Self::expr(kind, self.span_from(start)))
    }

    fn optional_slice_bound(&mut self) -> PResult<Option<Expr>> {
        if self.peek().starts_expression() {
            Ok(Some(self.expression()?))
        } else {
            Ok(None)
        }
    }

    /// The error when `first` inside brackets is followed by something other than `,` or a
    /// closing bracket: CPython's comma hint when another expression follows.
    pub(super) fn missing_comma(&mut self, first: &Expr) -> SyntaxError {
        self.missing_comma_after(first.span)
    }

    pub(super) fn missing_comma_after(&mut self, first: Span) -> SyntaxError {
        let token = self.token();
        let name_then_string = token.kind == TokenKind::String
            && self.token_at(self.pos.saturating_sub(1)).kind == TokenKind::Name;
        if !token.kind.starts_expression() || name_then_string {
            return self.unexpected();
        }
        let checkpoint = self.checkpoint();
        let second = self.expression();
        // `f(a b=1)` reads as a keyword argument, not a missing comma.
        let assignment_follows = matches!(self.peek(), TokenKind::Equal | TokenKind::ColonEqual);
        self.restore(checkpoint);
        if assignment_follows {
            return self.unexpected();
        }
        // Like CPython's backtracking, settle for a lone name or literal when more fails.
        let lone_atom = matches!(
            token.kind,
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Imaginary
                | TokenKind::String
                | TokenKind::None
                | TokenKind::True
                | TokenKind::False
                | TokenKind::Ellipsis
        );
        match second {
            Ok(second) => Self::error_at(SyntaxErrorKind::MissingComma, first.to(second.span)),
            Err(_) if lone_atom => {
                Self::error_at(SyntaxErrorKind::MissingComma, first.to(token.span))
            }
            Err(_) => self.unexpected(),
        }
    }
}
