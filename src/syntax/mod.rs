//! Lexer, parser and AST with spans: the front end shared by the runtime and the static checker.

pub mod ast;
pub mod span;
