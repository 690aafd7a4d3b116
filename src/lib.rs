//! Sandpit: a Python sandbox written in Rust.
//!
//! One straight data path: source → tokens (`syntax::lexer`) → AST (`syntax::parser`)
//! → bytecode (`compile`) → VM (`vm`) → result. Python code can only reach the
//! capabilities this crate implements and the host hands it.

mod api;
pub mod builtins;
pub mod compile;
pub mod format;
pub mod host;
pub mod policy;
mod session;
pub mod stdlib;
pub mod syntax;
pub mod value;
pub mod vm;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use api::{CheckOutput, RunError, RunOutput, RunState, Sandbox, SuspendedRun};
pub use session::Session;
