//! The module, statement lines and simple (one-line) statements: expression statements,
//! assignments of every kind, `del`, `return`, `raise`, `assert`, imports, `global`...

use super::targets::{self, expr_name, InvalidTarget};
use super::{PResult, Parser};
use crate::syntax::ast::{Alias, BinOp, Constant, Expr, ExprKind, Module, Span, Stmt, StmtKind};
use crate::syntax::error::SyntaxErrorKind;
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
        let mut names = vec![self.expect_name()?];
        while self.eat(TokenKind::Comma) {
            names.push(self.expect_name()?);
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
                Some(self.expect_name()?)
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
            let asname = if self.eat(TokenKind::As) {
                Some(self.expect_name()?)
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
        let kind = match self.peek() {
            TokenKind::ColonEqual if !matches!(first.kind, ExprKind::Name { .. }) => {
                return Err(Self::error_at(
                    SyntaxErrorKind::CannotNamedAssign(expr_name(&first)),
                    first.span,
                ));
            }
            TokenKind::Equal => self.assignment(first, first_token)?,
            TokenKind::Colon => self.annotated_assignment(first, first_token)?,
            kind => match augmented_operator(kind) {
                Some(op) => {
                    let mut target = first;
                    targets::set_aug_store(&mut target)?;
                    self.bump();
                    let value = self.yield_or_star_expressions()?;
                    StmtKind::AugAssign { target, op, value }
                }
                None => {
                    self.check_missing_print_parens(&first)?;
                    reject_bare_starred(&first)?;
                    StmtKind::Expr(first)
                }
            },
        };
        Ok(kind)
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
            chain.push(self.yield_or_star_expressions()?);
        }
        let Some(value) = chain.pop() else {
            return Err(self.unexpected());
        };
        reject_bare_starred(&value)?;
        let single = chain.len() == 1;
        let value_is_operand = !matches!(
            value_start,
            TokenKind::Yield
                | TokenKind::Lambda
                | TokenKind::Not
                | TokenKind::Star
                | TokenKind::Await
        );
        for target in chain.iter_mut() {
            if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return Err(Self::error_at(SyntaxErrorKind::AssignToYield, target.span));
            }
            if matches!(target.kind, ExprKind::Starred { .. }) {
                return Err(Self::error_at(
                    SyntaxErrorKind::StarredTargetAlone,
                    target.span,
                ));
            }
            if let Err(invalid) = targets::try_set_store(target) {
                let here = single && value_is_operand && self.suggests_comparison(target, &invalid);
                let plain = if here {
                    SyntaxErrorKind::CannotAssignHere
                } else {
                    SyntaxErrorKind::CannotAssign
                };
                return Err(invalid.into_error(plain));
            }
        }
        Ok(StmtKind::Assign {
            targets: chain,
            value,
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
        match &target.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let kind = SyntaxErrorKind::OnlySingleTargetAnnotated(expr_name(&target));
                let span = if self.starts_with_paren(target.span) {
                    target.span
                } else {
                    elts.first().map_or(target.span, |e| e.span)
                };
                return Err(Self::error_at(kind, span));
            }
            _ => {
                return Err(Self::error_at(
                    SyntaxErrorKind::IllegalAnnotationTarget,
                    target.span,
                ))
            }
        }
        targets::set_store(&mut target)?;
        self.expect(TokenKind::Colon)?;
        let annotation = self.expression()?;
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
