//! The compiler: AST → bytecode code objects.

pub mod bytecode;
