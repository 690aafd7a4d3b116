//! Lexer, parser and AST with spans: the front end shared by the runtime and the static checker.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod token;
pub mod walk;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::{parse_module, parse_module_with, ParseOptions};
