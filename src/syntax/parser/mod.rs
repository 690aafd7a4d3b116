//! The parser: recursive descent for statements, precedence climbing for operators,
//! producing the AST of [`super::ast`]. Errors follow CPython 3.11's wording and positions.
//!
//! Recursion is bounded: every production that can nest (brackets, unary operators, `**`,
//! lambda bodies, conditional expressions, blocks, f-strings) goes through
//! [`Parser::nested`], and operator/trailer chains, which build deep trees without
//! recursing, go through [`Parser::chain_link`], so no input can overflow the stack while
//! parsing or later while walking or dropping the tree.

mod compound;
mod expr;
mod fstring;
mod numbers;
mod params;
mod patterns;
mod primary;
mod statements;
mod strings;
mod targets;
pub(crate) mod unicode_names;

#[cfg(test)]
mod tests;

use super::ast::{Expr, Module, Span};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer;
use super::token::{Token, TokenKind};
use std::cell::Cell;
use std::rc::Rc;

/// How far trees may nest, as a multiple of `max_nesting`, counting operator and trailer
/// chains (`a+b+c`, `a.b.c`) that the parser builds without recursing.
const TREE_DEPTH_FACTOR: usize = 5;

/// Knobs for parsing; the defaults match CPython's limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// How deeply brackets, unary operators, lambdas, blocks and the like may nest before
    /// the parser gives up with `too many nested parentheses` (protects the stack).
    pub max_nesting: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { max_nesting: 200 }
    }
}

/// Parses a module with the default options.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    parse_module_with(source, &ParseOptions::default())
}

/// Parses a module, choosing among tokenizer and parser errors the way CPython 3.11 does:
/// a tokenizer error anywhere wins, except over an `unexpected indent` found before it; a
/// bad end of file (like a bracket left open) wins over a parser error on a later line or
/// one found after looking at the end.
pub fn parse_module_with(source: &str, opts: &ParseOptions) -> Result<Module, SyntaxError> {
    let tokens = lexer::tokenize(source, opts.max_nesting);
    let mut parser = Parser::new(source, tokens.tokens, opts.max_nesting);
    let result = parser.module();
    match (result, tokens.error, tokens.error_at_end) {
        (Err(error), Some(_), _) if error.kind == SyntaxErrorKind::UnexpectedIndent => Err(error),
        (_, Some(tokenizer_error), _) => Err(tokenizer_error),
        (Ok(module), None, None) => Ok(module),
        (Ok(_), None, Some(at_end)) => Err(at_end),
        (Err(error), None, Some(at_end))
            if at_end.span.line < error.span.line || parser.reached_end.get() =>
        {
            Err(at_end)
        }
        (Err(error), None, _) => Err(error),
    }
}

type PResult<T> = Result<T, SyntaxError>;

/// The zero-width span at the end of `span` (where CPython points for some errors).
fn end_of(span: Span) -> Span {
    Span {
        start: span.end,
        end: span.end,
        line: span.end_line,
        col: span.end_col,
        ..span
    }
}

/// Parser state that speculative parses save and restore.
#[derive(Clone, Copy)]
struct Checkpoint {
    pos: usize,
    depth: usize,
    tree_depth: usize,
    tree_peak: usize,
}

/// The parser over one token stream (a module, or the expression of an f-string field).
struct Parser<'src> {
    source: &'src str,
    tokens: Vec<Token>,
    pos: usize,
    /// Current recursion depth through nesting productions.
    depth: usize,
    max_nesting: usize,
    /// Depth of the tree being built along the current path, chains included.
    tree_depth: usize,
    /// The deepest `tree_depth` reached since the current chain's first operand began.
    tree_peak: usize,
    /// The span of the last token consumed.
    last_span: Span,
    /// Where the last simple statement ended: compound statements end there too.
    last_statement_end: Span,
    /// Whether the parser has looked at the end of the token stream.
    reached_end: Cell<bool>,
    /// The name of the class whose body is being parsed (functions in it included), for
    /// [`Parser::mangle`].
    private: Option<Rc<str>>,
}

impl<'src> Parser<'src> {
    fn new(source: &'src str, tokens: Vec<Token>, max_nesting: usize) -> Self {
        Parser {
            source,
            tokens,
            pos: 0,
            depth: 0,
            max_nesting,
            tree_depth: 0,
            tree_peak: 0,
            last_span: Span::default(),
            last_statement_end: Span::default(),
            reached_end: Cell::new(false),
            private: None,
        }
    }

    // ----- token cursor -----

    /// The current token (the final `EndOfFile` once the stream is exhausted).
    fn token(&self) -> Token {
        self.token_at(self.pos)
    }

    fn token_at(&self, index: usize) -> Token {
        let token = match self.tokens.get(index).or(self.tokens.last()) {
            Some(token) => *token,
            None => Token {
                kind: TokenKind::EndOfFile,
                span: Span::default(),
            },
        };
        if token.kind == TokenKind::EndOfFile {
            self.reached_end.set(true);
        }
        token
    }

    fn peek(&self) -> TokenKind {
        self.token().kind
    }

    fn peek_second(&self) -> TokenKind {
        self.token_at(self.pos + 1).kind
    }

    fn at(&self, kind: TokenKind) -> bool {
        self.peek() == kind
    }

    fn bump(&mut self) -> Token {
        let token = self.token();
        if self.pos < self.tokens.len() {
            self.pos += 1;
        }
        self.last_span = token.span;
        token
    }

    fn eat(&mut self, kind: TokenKind) -> bool {
        let found = self.at(kind);
        if found {
            self.bump();
        }
        found
    }

    /// Consumes a token of `kind` or fails with `invalid syntax` at the current token.
    fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        if self.at(kind) {
            Ok(self.bump())
        } else {
            Err(self.unexpected())
        }
    }

    /// Consumes a token of `kind` or fails with `expected '<text>'`.
    fn expect_named(&mut self, kind: TokenKind, text: &'static str) -> PResult<Token> {
        if self.at(kind) {
            return Ok(self.bump());
        }
        let token = self.token();
        if matches!(
            token.kind,
            TokenKind::Indent | TokenKind::Dedent | TokenKind::Async | TokenKind::Await
        ) {
            return Err(self.unexpected());
        }
        Err(SyntaxError::new(
            SyntaxErrorKind::Expected(text),
            token.span,
        ))
    }

    /// Consumes a name token and returns its text.
    fn expect_name(&mut self) -> PResult<String> {
        let token = self.expect(TokenKind::Name)?;
        Ok(self.text(token).to_owned())
    }

    /// Consumes a name token and returns it as the code around it must spell it
    /// ([`Parser::mangle`]).
    fn expect_mangled_name(&mut self) -> PResult<String> {
        let name = self.expect_name()?;
        Ok(self.mangle(name))
    }

    /// `name` as CPython's compiler spells it inside a class body: a private name
    /// (`__x`, not `__x__`) becomes `_Class__x`, so a subclass's `self.__x` is not its
    /// base's. Done here, where every identifier is read, so that scopes, bytecode and
    /// error messages all see the one spelling.
    fn mangle(&self, name: String) -> String {
        let Some(class) = &self.private else {
            return name;
        };
        let class = class.trim_start_matches('_');
        if !name.starts_with("__") || name.ends_with("__") || class.is_empty() {
            return name;
        }
        format!("_{class}{name}")
    }

    fn text(&self, token: Token) -> &'src str {
        token.text(self.source)
    }

    /// The span of a compound statement starting at `start`: through its last statement.
    fn statement_span(&self, start: Span) -> Span {
        start.to(self.last_statement_end)
    }

    /// The span from `start` to the end of the last consumed token.
    fn span_from(&self, start: Span) -> Span {
        start.to(self.last_span)
    }

    // ----- errors -----

    /// The error for an unexpected current token: usually `invalid syntax`, with CPython's
    /// special cases for indentation and the keywords Sandpit does not support.
    fn unexpected(&self) -> SyntaxError {
        let token = self.token();
        let kind = match token.kind {
            TokenKind::Indent => SyntaxErrorKind::UnexpectedIndent,
            TokenKind::Async => SyntaxErrorKind::Unsupported("async"),
            TokenKind::Await => SyntaxErrorKind::Unsupported("await"),
            _ => SyntaxErrorKind::InvalidSyntax,
        };
        SyntaxError::new(kind, token.span)
    }

    fn error_at(kind: SyntaxErrorKind, span: Span) -> SyntaxError {
        SyntaxError::new(kind, span)
    }

    // ----- speculation -----

    fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            pos: self.pos,
            depth: self.depth,
            tree_depth: self.tree_depth,
            tree_peak: self.tree_peak,
        }
    }

    fn restore(&mut self, checkpoint: Checkpoint) {
        self.pos = checkpoint.pos;
        self.depth = checkpoint.depth;
        self.tree_depth = checkpoint.tree_depth;
        self.tree_peak = checkpoint.tree_peak;
        if let Some(previous) = checkpoint.pos.checked_sub(1) {
            self.last_span = self.token_at(previous).span;
        }
    }

    // ----- depth limits -----

    fn tree_limit(&self) -> usize {
        self.max_nesting.saturating_mul(TREE_DEPTH_FACTOR)
    }

    /// Runs a production that recurses, one level deeper; fails past `max_nesting`.
    fn nested<T>(&mut self, production: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.depth >= self.max_nesting {
            return Err(SyntaxError::new(
                SyntaxErrorKind::TooManyNestedParens,
                self.token().span,
            ));
        }
        self.depth += 1;
        self.tree_depth += 1;
        self.tree_peak = self.tree_peak.max(self.tree_depth);
        let result = production(self);
        self.depth -= 1;
        self.tree_depth -= 1;
        result
    }

    /// Parses the first operand of a chain; the chain's links then count from the deepest
    /// point that operand reached (its tree may already be deep).
    fn chain_start<T>(&mut self, first: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let outer_peak = self.tree_peak;
        self.tree_peak = self.tree_depth;
        let result = first(self);
        let reached = self.tree_peak;
        self.tree_peak = outer_peak.max(reached);
        self.tree_depth = reached;
        result
    }

    /// Records that the tree grows one level without the parser recursing.
    fn chain_link(&mut self) -> PResult<()> {
        self.tree_depth += 1;
        self.tree_peak = self.tree_peak.max(self.tree_depth);
        if self.tree_depth > self.tree_limit() {
            return Err(SyntaxError::new(
                SyntaxErrorKind::TooDeeplyNested,
                self.token().span,
            ));
        }
        Ok(())
    }

    // ----- helpers shared by the productions -----

    fn expr(kind: super::ast::ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}
