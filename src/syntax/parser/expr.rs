//! Expressions above the primary level: lambda, conditional expressions, the walrus,
//! star expressions, `yield`, and the operator precedence ladder (parsed by precedence
//! climbing).

use super::targets::expr_name;
use super::{PResult, Parser};
use crate::syntax::ast::{BinOp, BoolOp, CmpOp, Expr, ExprContext, ExprKind, Span, UnaryOp};
use crate::syntax::error::SyntaxErrorKind;
use crate::syntax::token::TokenKind;

/// Binding strength of operators, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Prec {
    Or,
    And,
    Not,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Unary,
    Power,
}

impl Prec {
    /// The next stronger level: what the right operand of a left-associative operator binds at.
    fn stronger(self) -> Prec {
        use Prec::*;
        match self {
            Or => And,
            And => Not,
            Not => Compare,
            Compare => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Unary,
            Unary | Power => Power,
        }
    }
}

/// An operator that can follow an operand.
enum Infix {
    Bool(BoolOp),
    Compare,
    Binary(BinOp),
}

impl Parser<'_> {
    /// `expression`: a lambda, or a disjunction optionally followed by `if ... else ...`.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        let start = self.token().span;
        if self.at(TokenKind::Lambda) {
            return self.nested(Self::lambda);
        }
        let body = self.binary(Prec::Or)?;
        if !self.at(TokenKind::If) {
            return Ok(body);
        }
        self.bump();
        let test = self.binary(Prec::Or)?;
        if !self.eat(TokenKind::Else) {
            if self.at(TokenKind::Colon) {
                return Err(self.unexpected());
            }
            return Err(Self::error_at(
                SyntaxErrorKind::ExpectedElse,
                body.span.to(test.span),
            ));
        }
        let orelse = self.nested(Self::expression)?;
        let span = self.span_from(start);
        let kind = ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        };
        Ok(Self::expr(kind, span))
    }

    /// `named_expression`: an expression, or `name := expression`.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        let target = self.expression()?;
        if !self.at(TokenKind::ColonEqual) {
            return Ok(target);
        }
        self.named_expression_rest(target)
    }

    /// `:= value` after `target`; the current token is `:=`.
    pub(super) fn named_expression_rest(&mut self, target: Expr) -> PResult<Expr> {
        let operator = self.expect(TokenKind::ColonEqual)?;
        let ExprKind::Name { id, .. } = target.kind else {
            let target_error = Self::error_at(
                SyntaxErrorKind::CannotNamedAssign(expr_name(&target)),
                target.span,
            );
            return self.value_after(operator, Some(target_error), Self::expression);
        };
        let value = self.nested(Self::expression)?;
        let span = target.span.to(value.span);
        let target = Self::expr(
            ExprKind::Name {
                id,
                ctx: ExprContext::Store,
            },
            target.span,
        );
        Ok(Self::expr(
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            span,
        ))
    }

    /// `*bitwise_or` (a starred item) if the current token is `*`.
    pub(super) fn starred(&mut self) -> PResult<Expr> {
        let star = self.expect(TokenKind::Star)?;
        let value = self.nested(|p| p.binary(Prec::BitOr))?;
        let span = self.span_from(star.span);
        Ok(Self::expr(
            ExprKind::Starred {
                value: Box::new(value),
                ctx: ExprContext::Load,
            },
            span,
        ))
    }

    /// `star_named_expression`: an element of a display or of a parenthesised tuple.
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Star) {
            self.starred()
        } else {
            self.named_expression()
        }
    }

    /// `star_expressions`: one expression, or a bare tuple of them (`return *a, b`).
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        self.bare_tuple(|p| {
            if p.at(TokenKind::Star) {
                p.starred()
            } else {
                p.expression()
            }
        })
    }

    /// A comma-separated sequence without brackets; a single item without a comma is itself.
    pub(super) fn bare_tuple(
        &mut self,
        mut item: impl FnMut(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.token().span;
        let first = item(self)?;
        if !self.at(TokenKind::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(TokenKind::Comma) {
            if !(self.peek().starts_expression() || self.at(TokenKind::Star)) {
                break;
            }
            elts.push(item(self)?);
        }
        let span = self.span_from(start);
        Ok(Self::expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            span,
        ))
    }

    /// `yield`, `yield value(s)` or `yield from value`; the current token is `yield`.
    pub(super) fn yield_expression(&mut self) -> PResult<Expr> {
        let keyword = self.expect(TokenKind::Yield)?;
        if self.eat(TokenKind::From) {
            let value = self.expression()?;
            let span = self.span_from(keyword.span);
            return Ok(Self::expr(ExprKind::YieldFrom(Box::new(value)), span));
        }
        if !(self.peek().starts_expression() || self.at(TokenKind::Star)) {
            return Ok(Self::expr(ExprKind::Yield(None), keyword.span));
        }
        let value = self.star_expressions()?;
        let span = self.span_from(keyword.span);
        Ok(Self::expr(ExprKind::Yield(Some(Box::new(value))), span))
    }

    /// A value on the right of `=` or after `return`-like keywords: a yield or star expressions.
    pub(super) fn yield_or_star_expressions(&mut self) -> PResult<Expr> {
        if self.at(TokenKind::Yield) {
            self.yield_expression()
        } else {
            self.star_expressions()
        }
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let keyword = self.expect(TokenKind::Lambda)?;
        let args = self.parameters(TokenKind::Colon, false)?;
        self.expect(TokenKind::Colon)?;
        let body = self.nested(Self::expression)?;
        let span = self.span_from(keyword.span);
        Ok(Self::expr(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            span,
        ))
    }

    /// Operators from `or` down to `**`, by precedence climbing: parses an operand and
    /// every following operator that binds at least as tightly as `min`.
    pub(super) fn binary(&mut self, min: Prec) -> PResult<Expr> {
        let start = self.token().span;
        let saved_tree_depth = self.tree_depth;
        let mut left = self.chain_start(|p| p.prefix(min))?;
        while let Some((prec, infix)) = self.infix() {
            if prec < min {
                break;
            }
            left = match infix {
                Infix::Bool(op) => self.bool_chain(start, left, op, prec)?,
                Infix::Compare => self.comparison_chain(start, left)?,
                Infix::Binary(op) => {
                    self.bump();
                    let right = if op == BinOp::Pow {
                        self.nested(|p| p.binary(Prec::Unary))?
                    } else {
                        self.binary(prec.stronger())?
                    };
                    self.chain_link()?;
                    let span = self.span_from(start);
                    Self::expr(
                        ExprKind::BinOp {
                            left: Box::new(left),
                            op,
                            right: Box::new(right),
                        },
                        span,
                    )
                }
            };
        }
        self.tree_depth = saved_tree_depth;
        Ok(left)
    }

    /// A prefix operator applied to an operand, or a plain primary.
    fn prefix(&mut self, min: Prec) -> PResult<Expr> {
        let token = self.token();
        let (op, operand_prec) = match token.kind {
            TokenKind::Not if min <= Prec::Not => (UnaryOp::Not, Prec::Not),
            TokenKind::Minus => (UnaryOp::USub, Prec::Unary),
            TokenKind::Plus => (UnaryOp::UAdd, Prec::Unary),
            TokenKind::Tilde => (UnaryOp::Invert, Prec::Unary),
            TokenKind::Await | TokenKind::Not => return Err(self.unexpected()),
            _ => return self.primary(),
        };
        self.bump();
        let operand = self.nested(|p| p.binary(operand_prec))?;
        let span = self.span_from(token.span);
        Ok(Self::expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            span,
        ))
    }

    /// The infix operator at the current token, with its precedence.
    fn infix(&self) -> Option<(Prec, Infix)> {
        use TokenKind as T;
        let binary = |prec, op| Some((prec, Infix::Binary(op)));
        match self.peek() {
            T::Or => Some((Prec::Or, Infix::Bool(BoolOp::Or))),
            T::And => Some((Prec::And, Infix::Bool(BoolOp::And))),
            T::Not if self.peek_second() == T::In => Some((Prec::Compare, Infix::Compare)),
            T::EqEqual
            | T::NotEqual
            | T::Less
            | T::LessEqual
            | T::Greater
            | T::GreaterEqual
            | T::In
            | T::Is => Some((Prec::Compare, Infix::Compare)),
            T::Pipe => binary(Prec::BitOr, BinOp::BitOr),
            T::Circumflex => binary(Prec::BitXor, BinOp::BitXor),
            T::Amper => binary(Prec::BitAnd, BinOp::BitAnd),
            T::LeftShift => binary(Prec::Shift, BinOp::LShift),
            T::RightShift => binary(Prec::Shift, BinOp::RShift),
            T::Plus => binary(Prec::Arith, BinOp::Add),
            T::Minus => binary(Prec::Arith, BinOp::Sub),
            T::Star => binary(Prec::Term, BinOp::Mult),
            T::Slash => binary(Prec::Term, BinOp::Div),
            T::DoubleSlash => binary(Prec::Term, BinOp::FloorDiv),
            T::Percent => binary(Prec::Term, BinOp::Mod),
            T::At => binary(Prec::Term, BinOp::MatMult),
            T::DoubleStar => binary(Prec::Power, BinOp::Pow),
            _ => None,
        }
    }

    /// `a or b or c`: one flat `BoolOp`.
    fn bool_chain(&mut self, start: Span, first: Expr, op: BoolOp, prec: Prec) -> PResult<Expr> {
        let operator = self.peek();
        let mut values = vec![first];
        while self.eat(operator) {
            values.push(self.binary(prec.stronger())?);
        }
        let span = self.span_from(start);
        Ok(Self::expr(ExprKind::BoolOp { op, values }, span))
    }

    /// `a < b <= c`: one flat `Compare`.
    fn comparison_chain(&mut self, start: Span, left: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comparison_operator() {
            ops.push(op);
            comparators.push(self.binary(Prec::BitOr)?);
        }
        let span = self.span_from(start);
        Ok(Self::expr(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            span,
        ))
    }

    /// Consumes a comparison operator (including `not in` and `is not`).
    fn comparison_operator(&mut self) -> Option<CmpOp> {
        use TokenKind as T;
        let op = match self.peek() {
            T::EqEqual => CmpOp::Eq,
            T::NotEqual => CmpOp::NotEq,
            T::Less => CmpOp::Lt,
            T::LessEqual => CmpOp::LtE,
            T::Greater => CmpOp::Gt,
            T::GreaterEqual => CmpOp::GtE,
            T::In => CmpOp::In,
            T::Not if self.peek_second() == T::In => {
                self.bump();
                CmpOp::NotIn
            }
            T::Is if self.peek_second() == T::Not => {
                self.bump();
                CmpOp::IsNot
            }
            T::Is => CmpOp::Is,
            _ => return None,
        };
        self.bump();
        Some(op)
    }
}
