//! The compiler: AST → bytecode code objects. `symtable` decides where each name
//! lives; `codegen` emits instructions, one code object per module, function, lambda,
//! comprehension and class body.

pub mod bytecode;
mod codegen;
mod symtable;

use std::rc::Rc;

use crate::syntax::ast;
use crate::syntax::span::Span;

pub use codegen::compile_module;

/// A program the parser accepted but the compiler rejects (`'return' outside
/// function`, a `nonlocal` with no binding...). Reported to Python as `SyntaxError`.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct CompileError {
    pub message: String,
    pub span: Option<Span>,
}

impl CompileError {
    /// An error without a position.
    pub fn new(message: impl Into<String>) -> CompileError {
        CompileError {
            message: message.into(),
            span: None,
        }
    }

    /// An error pointing at `span`.
    pub fn at(message: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            message: message.into(),
            span: Some(span),
        }
    }
}

/// Compiles a parsed module into its code object.
pub fn compile(module: &ast::Module) -> Result<Rc<bytecode::Code>, CompileError> {
    compile_module(module, None)
}

/// Compiles Sandpit's own Python source of the stdlib module `name`, which the policy's
/// attribute checks trust; its functions know their module, so the policy's denied
/// members can name them (`random.Random.random`) wherever they are called from.
pub fn compile_trusted(
    module: &ast::Module,
    name: &'static str,
) -> Result<Rc<bytecode::Code>, CompileError> {
    compile_module(module, Some(name))
}
