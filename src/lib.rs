//! Sandpit: a Python sandbox written in Rust.
//!
//! One straight data path: source → tokens (`syntax::lexer`) → AST (`syntax::parser`)
//! → bytecode (`compile`) → VM (`vm`) → result. Python code can only reach the
//! capabilities this crate implements and the host hands it.

// The core never panics, whatever program it runs: failures are typed errors (Python
// exceptions, syntax errors). These lints keep the panicking shortcuts out of it; a
// module that indexes by positions it made itself allows `indexing_slicing` and says
// why. Tests may use them freely.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

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
