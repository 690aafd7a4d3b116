//! The module, statement lines and simple (one-line) statements: expression statements,
//! assignments of every kind, `del`, `return`, `raise`, `assert`, imports, `global`...

use super::patterns::MatchLine;
use super::targets::{self, expr_name, InvalidTarget};
use super::{PResult, Parser};
use crate::syntax::ast::{Alias, BinOp, Constant, Expr, ExprKind, Module, Span, Stmt, StmtKind};
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::token::{Token, TokenKind};

impl Parser<'_> {
    /// The whole token stream as a module.
    pub(super) fn module(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while !self.at(TokenKind::EndOfFile) {
            self.statement_into(&mut body)?;
        }
        Ok(Module { body })
    }

    /// One logical line: a compound statement, or `;`-separated simple statements.
    pub(super) fn statement_into(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        match self.peek() {
            TokenKind::If
            | TokenKind::While
            | TokenKind::For
            | TokenKind::Try
            | TokenKind::With
            | TokenKind::Def
            | TokenKind::Class
            | TokenKind::At => {
                body.push(self.compound_statement()?);
                Ok(())
            }
            TokenKind::Newline => {
                self.bump();
                Ok(())
            }
            TokenKind::Name => match self.match_statement()? {
                MatchLine::Match(statement) => {
                    body.push(*statement);
                    Ok(())
                }
                MatchLine::MissingColon(at) => self
                    .simple_statements(body)
                    .map_err(|_| SyntaxError::new(SyntaxErrorKind::Expected(":"), at)),
                MatchLine::Other => self.simple_statements(body),
            },
            _ => self.simple_statements(body),
        }
    }

    /// `simple (';' simple)* [';'] NEWLINE`.
    pub(super) fn simple_statements(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            body.push(self.simple_statement()?);
            if !self.eat(TokenKind::Semicolon) || self.at(TokenKind::Newline) {
                break;
            }
        }
        self.expect(TokenKind::Newline)?;
        Ok(())
    }

    fn simple_statement(&mut self) -> PResult<Stmt> {
        let token = self.token();
        let kind = match token.kind {
            TokenKind::Pass | TokenKind::Break | TokenKind::Continue => {
                self.bump();
                match token.kind {
                    TokenKind::Pass => StmtKind::Pass,
                    TokenKind::Break => StmtKind::Break,
                    _ => StmtKind::Continue,
                }
            }
            TokenKind::Return => {
                self.bump();
                StmtKind::Return(self.optional_star_expressions()?)
            }
            TokenKind::Raise => self.raise_statement()?,
            TokenKind::Global | TokenKind::Nonlocal => {
                self.bump();
                let names = self.name_list()?;
                if token.kind == TokenKind::Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            TokenKind::Del => self.del_statement()?,
            TokenKind::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(TokenKind::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            TokenKind::Import => self.import_statement()?,
            TokenKind::From => self.import_from_statement()?,
            _ => self.expression_statement()?,
        };
        self.last_statement_end = self.last_span;
        Ok(Stmt {
            kind,
            span: self.span_from(token.span),
        })
    }

    fn optional_star_expressions(&mut self) -> PResult<Option<Expr>> {
        if !(self.peek().starts_expression() || self.at(TokenKind::Star)) {
            return Ok(None);
        }
        let value = self.star_expressions()?;
        reject_bare_starred(&value)?;
        Ok(Some(value))
    }

    fn raise_statement(&mut self) -> PResult<StmtKind> {
        self.expect(TokenKind::Raise)?;
        if !self.peek().starts_expression() {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = Some(self.expression()?);
        let cause = if self.eat(TokenKind::From) {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(StmtKind::Raise { exc, cause })
    }

    fn name_list(&mut self) -> PResult<Vec<String>> {
        let mut names = vec![self.expect_mangled_name()?];
        while self.eat(TokenKind::Comma) {
            names.push(self.expect_mangled_name()?);
        }
        Ok(names)
    }

    fn del_statement(&mut self) -> PResult<StmtKind> {
        self.expect(TokenKind::Del)?;
        let mut targets = Vec::new();
        loop {
            let mut target = self.expression()?;
            targets::set_delete(&mut target)?;
            targets.push(target);
            if !self.eat(TokenKind::Comma) || !self.peek().starts_expression() {
                break;
            }
        }
        Ok(StmtKind::Delete(targets))
    }

    fn import_statement(&mut self) -> PResult<StmtKind> {
        self.expect(TokenKind::Import)?;
        let mut names = Vec::new();
        loop {
            let start = self.token().span;
            let name = self.dotted_name()?;
            let asname = if self.eat(TokenKind::As) {
                Some(self.expect_mangled_name()?)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    /// `a.b.c` as one string.
    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.expect_name()?;
        while self.eat(TokenKind::Dot) {
            name.push('.');
            name.push_str(&self.expect_name()?);
        }
        Ok(name)
    }

    fn import_from_statement(&mut self) -> PResult<StmtKind> {
        self.expect(TokenKind::From)?;
        let mut level = 0;
        loop {
            match self.peek() {
                TokenKind::Dot => level += 1,
                TokenKind::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level == 0 || self.at(TokenKind::Name) {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(TokenKind::Import)?;
        let star = self.token();
        if self.eat(TokenKind::Star) {
            let alias = Alias {
                name: "*".to_owned(),
                asname: None,
                span: star.span,
            };
            return Ok(StmtKind::ImportFrom {
                module,
                names: vec![alias],
                level,
            });
        }
        let parenthesized = self.eat(TokenKind::LParen);
        let mut names = Vec::new();
        loop {
            let start = self.token().span;
            let name = self.expect_name()?;
            // The name binds as the class body spells it; the module's member is looked
            // up as written.
            let asname = if self.eat(TokenKind::As) {
                Some(self.expect_mangled_name()?)
            } else {
                Some(self.mangle(name.clone())).filter(|bound| *bound != name)
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat(TokenKind::Comma) {
                break;
            }
            if !self.at(TokenKind::Name) {
                if parenthesized {
                    break;
                }
                return Err(Self::error_at(
                    SyntaxErrorKind::TrailingCommaInImport,
                    self.token().span,
                ));
            }
        }
        if parenthesized {
            self.expect(TokenKind::RParen)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// An expression statement, or an assignment, augmented or annotated assignment.
    fn expression_statement(&mut self) -> PResult<StmtKind> {
        let first_token = self.token();
        let first = self.yield_or_star_expressions()?;
        match self.peek() {
            TokenKind::Equal => self.assignment(first, first_token),
            TokenKind::Colon => self.annotated_assignment(first, first_token),
            TokenKind::ColonEqual => {
                // Only a parenthesised walrus may stand alone.
                let operator = self.token();
                self.named_expression_rest(first)?;
                Err(Self::error_at(
                    SyntaxErrorKind::InvalidSyntax,
                    operator.span,
                ))
            }
            kind => match augmented_operator(kind) {
                Some(op) => {
                    let mut target = first;
                    let operator = self.bump();
                    let target_error = targets::set_aug_store(&mut target).err();
                    let value =
                        self.value_after(operator, target_error, Self::yield_or_star_expressions)?;
                    Ok(StmtKind::AugAssign { target, op, value })
                }
                None => {
                    self.check_missing_print_parens(&first)?;
                    if matches!(self.peek(), TokenKind::Newline | TokenKind::Semicolon) {
                        reject_bare_starred(&first)?;
                    }
                    Ok(StmtKind::Expr(first))
                }
            },
        }
    }

    /// Parses what follows an assignment-like `operator` whose target was invalid if
    /// `target_error` is set. CPython reports the target's error once the value at least
    /// begins like one, and `invalid syntax` at the operator when it does not.
    pub(super) fn value_after(
        &mut self,
        operator: Token,
        target_error: Option<SyntaxError>,
        value: impl FnOnce(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let begins_value = self.peek().starts_expression()
            || matches!(self.peek(), TokenKind::Star | TokenKind::Yield);
        let result = value(self);
        match target_error {
            None => result,
            Some(target_error) if begins_value => Err(target_error),
            Some(_) => Err(Self::error_at(
                SyntaxErrorKind::InvalidSyntax,
                operator.span,
            )),
        }
    }

    /// `print "x"`: CPython's hint for Python 2 habits.
    fn check_missing_print_parens(&mut self, first: &Expr) -> PResult<()> {
        let ExprKind::Name { id, .. } = &first.kind else {
            return Ok(());
        };
        let keyword = match id.as_str() {
            "print" => "print",
            "exec" => "exec",
            _ => return Ok(()),
        };
        if !self.peek().starts_expression() {
            return Ok(());
        }
        let checkpoint = self.checkpoint();
        let rest = self.star_expressions();
        let span = match rest {
            Ok(rest) => first.span.to(rest.span),
            Err(_) => first.span,
        };
        self.restore(checkpoint);
        Err(Self::error_at(
            SyntaxErrorKind::MissingParensInCall(keyword),
            span,
        ))
    }

    /// `t1 = t2 = ... = value`; the current token is the first `=`.
    fn assignment(&mut self, first: Expr, first_token: Token) -> PResult<StmtKind> {
        let mut chain = vec![first];
        let mut value_start = first_token.kind;
        while self.eat(TokenKind::Equal) {
            value_start = self.peek();
            match self.yield_or_star_expressions() {
                Ok(value) => chain.push(value),
                // A bad value after a bad target: CPython complains about the target.
                Err(error) => {
                    chain.push(Self::expr(ExprKind::Constant(Constant::None), error.span));
                    self.check_targets(&mut chain, value_start)?;
                    return Err(error);
                }
            }
        }
        self.check_targets(&mut chain, value_start)?;
        let Some(value) = chain.pop() else {
            return Err(self.unexpected());
        };
        reject_bare_starred(&value)?;
        Ok(StmtKind::Assign {
            targets: chain,
            value,
        })
    }

    /// Checks the targets of `t1 = t2 = ... = value` (`chain` ends with the value, whose
    /// first token is `value_start`) and switches them to `Store`.
    fn check_targets(&self, chain: &mut [Expr], value_start: TokenKind) -> PResult<()> {
        let Some((_, targets)) = chain.split_last_mut() else {
            return Ok(());
        };
        let single = targets.len() == 1;
        let value_is_operand = value_start.starts_expression()
            && !matches!(
                value_start,
                TokenKind::Lambda | TokenKind::Not | TokenKind::Await
            );
        invalid_targets(targets, |(target, invalid)| {
            single && value_is_operand && self.suggests_comparison(target, invalid)
        })
    }

    /// Whether CPython would suggest `==` for this invalid target: when the offending part
    /// stands right before the `=` (the whole target, or the last item of a bare tuple) and
    /// is not something nobody would compare (a tuple, list, generator or named constant).
    fn suggests_comparison(&self, target: &Expr, invalid: &InvalidTarget) -> bool {
        let InvalidTarget::NotAssignable { span, .. } = invalid else {
            return false;
        };
        let excluded = |expr: &Expr| {
            matches!(
                expr.kind,
                ExprKind::Tuple { .. }
                    | ExprKind::List { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::None | Constant::Bool(_))
            )
        };
        if *span == target.span {
            return !excluded(target);
        }
        match &target.kind {
            ExprKind::Tuple { elts, .. } if !self.starts_with_paren(target.span) => elts
                .last()
                .is_some_and(|last| last.span == *span && !excluded(last)),
            _ => false,
        }
    }

    fn starts_with_paren(&self, span: Span) -> bool {
        self.source.as_bytes().get(span.start as usize) == Some(&b'(')
    }

    /// `target: annotation [= value]`; the current token is the `:`.
    fn annotated_assignment(&mut self, mut target: Expr, first_token: Token) -> PResult<StmtKind> {
        let colon = self.expect(TokenKind::Colon)?;
        let target_error = match &target.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                targets::set_store(&mut target).err()
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let kind = SyntaxErrorKind::OnlySingleTargetAnnotated(expr_name(&target));
                let span = if self.starts_with_paren(target.span) {
                    target.span
                } else {
                    elts.first().map_or(target.span, |e| e.span)
                };
                Some(Self::error_at(kind, span))
            }
            _ => Some(Self::error_at(
                SyntaxErrorKind::IllegalAnnotationTarget,
                target.span,
            )),
        };
        let annotation = self.value_after(colon, target_error, Self::expression)?;
        let value = if self.eat(TokenKind::Equal) {
            Some(self.yield_or_star_expressions()?)
        } else {
            None
        };
        let simple =
            matches!(target.kind, ExprKind::Name { .. }) && first_token.kind != TokenKind::LParen;
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        })
    }
}

/// Switches every assignment target in `targets` to `Store`, or reports the first invalid
/// one; `suggest` says whether its message should suggest `==`.
fn invalid_targets(
    targets: &mut [Expr],
    suggest: impl Fn((&Expr, &InvalidTarget)) -> bool,
) -> PResult<()> {
    for target in targets.iter_mut() {
        if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(Parser::error_at(
                SyntaxErrorKind::AssignToYield,
                target.span,
            ));
        }
        if matches!(target.kind, ExprKind::Starred { .. }) {
            return Err(Parser::error_at(
                SyntaxErrorKind::StarredTargetAlone,
                target.span,
            ));
        }
        if let Err(invalid) = targets::try_set_store(target) {
            let plain = if suggest((target, &invalid)) {
                SyntaxErrorKind::CannotAssignHere
            } else {
                SyntaxErrorKind::CannotAssign
            };
            return Err(invalid.into_error(plain));
        }
    }
    Ok(())
}

/// A lone `*x` where a value is needed.
fn reject_bare_starred(value: &Expr) -> PResult<()> {
    if matches!(value.kind, ExprKind::Starred { .. }) {
        return Err(Parser::error_at(SyntaxErrorKind::StarredHere, value.span));
    }
    Ok(())
}

/// The operator of an augmented assignment token (`+=` → `Add`).
fn augmented_operator(kind: TokenKind) -> Option<BinOp> {
    use TokenKind as T;
    Some(match kind {
        T::PlusEqual => BinOp::Add,
        T::MinusEqual => BinOp::Sub,
        T::StarEqual => BinOp::Mult,
        T::AtEqual => BinOp::MatMult,
        T::SlashEqual => BinOp::Div,
        T::PercentEqual => BinOp::Mod,
        T::DoubleStarEqual => BinOp::Pow,
        T::LeftShiftEqual => BinOp::LShift,
        T::RightShiftEqual => BinOp::RShift,
        T::PipeEqual => BinOp::BitOr,
        T::CircumflexEqual => BinOp::BitXor,
        T::AmperEqual => BinOp::BitAnd,
        T::DoubleSlashEqual => BinOp::FloorDiv,
        _ => return None,
    })
}
