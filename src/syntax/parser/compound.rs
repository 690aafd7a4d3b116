//! Compound statements (`if`, `while`, `for`, `try`, `with`, `def`, `class`, decorators)
//! and the indented blocks they own.

use std::rc::Rc;

use super::expr::Prec;
use super::primary::CallArguments;
use super::targets::{self, expr_name};
use super::{PResult, Parser};
use crate::syntax::ast::{
    ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Span, Stmt, StmtKind, WithItem,
};
use crate::syntax::error::SyntaxErrorKind;
use crate::syntax::token::TokenKind;

impl Parser<'_> {
    /// A compound statement; the current token is its keyword (or `@`).
    pub(super) fn compound_statement(&mut self) -> PResult<Stmt> {
        match self.peek() {
            TokenKind::If => self.if_statement(),
            TokenKind::While => self.while_statement(),
            TokenKind::For => self.for_statement(),
            TokenKind::Try => self.try_statement(),
            TokenKind::With => self.with_statement(),
            TokenKind::Def => self.function_def(Vec::new()),
            TokenKind::Class => self.class_def(Vec::new()),
            TokenKind::At => self.decorated(),
            _ => Err(self.unexpected()),
        }
    }

    /// `':' block` after a header that started at `header` (`what` names it in errors).
    /// A missing `:` is reported as `expected ':'` where CPython does so: always after
    /// `def`, `try`, `else` and `finally` headers, and before a line break after the others.
    pub(super) fn block(&mut self, what: &'static str, header: Span) -> PResult<Vec<Stmt>> {
        let always_expected = matches!(
            what,
            "function definition" | "'try' statement" | "'else' statement" | "'finally' statement"
        );
        if always_expected || self.at(TokenKind::Newline) {
            self.expect_named(TokenKind::Colon, ":")?;
        } else {
            self.expect(TokenKind::Colon)?;
        }
        self.nested(|p| p.block_body(what, header.line))
    }

    fn block_body(&mut self, what: &'static str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.eat(TokenKind::Newline) {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        if !self.eat(TokenKind::Indent) {
            let kind = SyntaxErrorKind::ExpectedIndentedBlock { what, line };
            return Err(Self::error_at(kind, self.token().span));
        }
        while !self.eat(TokenKind::Dedent) {
            self.statement_into(&mut body)?;
        }
        Ok(body)
    }

    /// The test of `if`/`elif`/`while`, with CPython's hint for `=` written for `==`.
    fn condition(&mut self) -> PResult<Expr> {
        let test = self.named_expression()?;
        if !self.at(TokenKind::Equal) {
            return Ok(test);
        }
        if matches!(test.kind, ExprKind::Name { .. }) {
            self.bump();
            let value = self.binary(Prec::BitOr)?;
            return Err(Self::error_at(
                SyntaxErrorKind::AssignInCondition,
                test.span.to(value.span),
            ));
        }
        Err(Self::error_at(
            SyntaxErrorKind::CannotAssignHere(expr_name(&test)),
            test.span,
        ))
    }

    fn if_statement(&mut self) -> PResult<Stmt> {
        let keyword = self.expect(TokenKind::If)?;
        let test = self.condition()?;
        let body = self.block("'if' statement", keyword.span)?;
        let mut branches = vec![(keyword.span, test, body)];
        // Each `elif` nests one level deeper in the tree.
        let saved_tree_depth = self.tree_depth;
        while self.at(TokenKind::Elif) {
            let keyword = self.bump();
            let test = self.condition()?;
            let body = self.block("'elif' statement", keyword.span)?;
            self.chain_link()?;
            branches.push((keyword.span, test, body));
        }
        let mut orelse = self.else_block()?;
        self.tree_depth = saved_tree_depth;
        let end = self.last_statement_end;
        loop {
            let Some((start, test, body)) = branches.pop() else {
                return Err(self.unexpected());
            };
            let stmt = Stmt {
                kind: StmtKind::If { test, body, orelse },
                span: start.to(end),
            };
            if branches.is_empty() {
                return Ok(stmt);
            }
            orelse = vec![stmt];
        }
    }

    /// An optional `else:` block.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at(TokenKind::Else) {
            return Ok(Vec::new());
        }
        let keyword = self.bump();
        self.block("'else' statement", keyword.span)
    }

    fn while_statement(&mut self) -> PResult<Stmt> {
        let keyword = self.expect(TokenKind::While)?;
        let test = self.condition()?;
        let body = self.block("'while' statement", keyword.span)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            kind: StmtKind::While { test, body, orelse },
            span: self.statement_span(keyword.span),
        })
    }

    fn for_statement(&mut self) -> PResult<Stmt> {
        let keyword = self.expect(TokenKind::For)?;
        let target = self.for_target()?;
        self.expect(TokenKind::In)?;
        let iter = self.star_expressions()?;
        let body = self.block("'for' statement", keyword.span)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
            span: self.statement_span(keyword.span),
        })
    }

    fn try_statement(&mut self) -> PResult<Stmt> {
        let keyword = self.expect(TokenKind::Try)?;
        let body = self.block("'try' statement", keyword.span)?;
        let mut handlers = Vec::new();
        while self.at(TokenKind::Except) {
            handlers.push(self.except_handler()?);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at(TokenKind::Finally) {
            let keyword = self.bump();
            self.block("'finally' statement", keyword.span)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(Self::error_at(
                SyntaxErrorKind::ExpectedExceptOrFinally,
                self.token().span,
            ));
        }
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            span: self.statement_span(keyword.span),
        })
    }

    fn except_handler(&mut self) -> PResult<ExceptHandler> {
        let keyword = self.expect(TokenKind::Except)?;
        if self.at(TokenKind::Star) {
            return Err(Self::error_at(
                SyntaxErrorKind::Unsupported("except*"),
                keyword.span.to(self.token().span),
            ));
        }
        let mut typ = None;
        let mut name = None;
        if !self.at(TokenKind::Colon) {
            let first = self.expression()?;
            if self.at(TokenKind::Comma) {
                let rest = self.bare_tuple_after(first)?;
                return Err(Self::error_at(
                    SyntaxErrorKind::UnparenthesizedExceptTypes,
                    rest,
                ));
            }
            typ = Some(first);
            if self.eat(TokenKind::As) {
                name = Some(self.expect_mangled_name()?);
            }
        }
        let body = self.block("'except' statement", keyword.span)?;
        Ok(ExceptHandler {
            typ,
            name,
            body,
            span: self.statement_span(keyword.span),
        })
    }

    /// The span of `first, more, ...` (for the unparenthesised `except A, B:` error).
    fn bare_tuple_after(&mut self, first: Expr) -> PResult<Span> {
        while self.eat(TokenKind::Comma) && self.peek().starts_expression() {
            self.expression()?;
        }
        Ok(self.span_from(first.span))
    }

    fn with_statement(&mut self) -> PResult<Stmt> {
        let keyword = self.expect(TokenKind::With)?;
        let items = self.with_items()?;
        let body = self.block("'with' statement", keyword.span)?;
        Ok(Stmt {
            kind: StmtKind::With { items, body },
            span: self.statement_span(keyword.span),
        })
    }

    /// `item, item` or the parenthesised form `(item, item,)`; `with (a, b):` means two
    /// context managers, as in CPython, while `with (a, b) as c:` is one tuple.
    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        if self.at(TokenKind::LParen) {
            let checkpoint = self.checkpoint();
            match self.nested(Self::parenthesized_with_items) {
                Ok(items) => return Ok(items),
                Err(_) => self.restore(checkpoint),
            }
        }
        let mut items = vec![self.with_item()?];
        while self.eat(TokenKind::Comma) {
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    fn parenthesized_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.expect(TokenKind::LParen)?;
        let mut items = Vec::new();
        while !self.at(TokenKind::RParen) {
            items.push(self.with_item()?);
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        self.expect(TokenKind::RParen)?;
        if items.is_empty() || !self.at(TokenKind::Colon) {
            return Err(self.unexpected());
        }
        Ok(items)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let target = if self.eat(TokenKind::As) {
            let mut target = if self.at(TokenKind::Star) {
                self.starred()?
            } else {
                self.binary(Prec::BitOr)?
            };
            targets::set_store(&mut target)?;
            Some(target)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(TokenKind::At) {
            decorators.push(self.named_expression()?);
            self.expect(TokenKind::Newline)?;
        }
        match self.peek() {
            TokenKind::Def => self.function_def(decorators),
            TokenKind::Class => self.class_def(decorators),
            _ => Err(self.unexpected()),
        }
    }

    fn function_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let keyword = self.expect(TokenKind::Def)?;
        let name = self.expect_mangled_name()?;
        self.expect_named(TokenKind::LParen, "(")?;
        let args = self.nested(|p| p.parameters(TokenKind::RParen, true))?;
        self.expect(TokenKind::RParen)?;
        let returns = if self.eat(TokenKind::Arrow) {
            Some(self.expression()?)
        } else {
            None
        };
        let body = self.block("function definition", keyword.span)?;
        let def = FunctionDef {
            name,
            args,
            body,
            decorators,
            returns,
        };
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Box::new(def)),
            span: self.statement_span(keyword.span),
        })
    }

    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let keyword = self.expect(TokenKind::Class)?;
        let own_name: Rc<str> = self.expect_name()?.into();
        let name = self.mangle(own_name.to_string());
        let CallArguments {
            args: bases,
            keywords,
        } = if self.at(TokenKind::LParen) {
            let open = self.bump();
            let arguments = self.nested(|p| p.call_arguments(open.span))?;
            // `class C(x for x in y)` is not a class with a generator base.
            let bare_generator = arguments.args.iter().find(|base| {
                matches!(base.kind, ExprKind::GeneratorExp { .. })
                    && base.span.start == open.span.start
            });
            if let Some(generator) = bare_generator {
                return Err(Self::error_at(
                    SyntaxErrorKind::InvalidSyntax,
                    generator.span,
                ));
            }
            arguments
        } else {
            CallArguments {
                args: Vec::new(),
                keywords: Vec::new(),
            }
        };
        let outer = self.private.replace(own_name);
        let body = self.block("class definition", keyword.span);
        self.private = outer;
        let body = body?;
        let class = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(Stmt {
            kind: StmtKind::ClassDef(Box::new(class)),
            span: self.statement_span(keyword.span),
        })
    }
}
